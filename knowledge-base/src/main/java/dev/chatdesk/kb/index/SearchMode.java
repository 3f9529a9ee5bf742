package dev.chatdesk.kb.index;

/** How passages are retrieved. */
public enum SearchMode {
    /** BM25 over title, heading and passage text. */
    bm25,
    /** Nearest passage vectors of the pretrained sentence encoder (HNSW). */
    dense,
    /** Both, fused by reciprocal rank fusion. */
    hybrid
}
