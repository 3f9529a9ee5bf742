package dev.chatdesk.models.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.models.bert.BertEncoder;
import dev.chatdesk.models.text.LengthSortedBatches;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence embeddings from a pretrained encoder as its authors compute them: pooled as the
 * encoder's spec says (the mean of the real tokens for all-MiniLM-L6-v2, {@code [CLS]} for
 * bge-small-zh-v1.5), then L2-normalised, so a dot product is a cosine similarity. Texts are
 * embedded in batches of similar length. Thread-safe (one batch at a time); close it to free the
 * native memory.
 */
public final class SentenceEmbedder implements TextEmbedder, AutoCloseable {
    /** all-MiniLM-L6-v2 was trained on inputs of up to 256 tokens (bge-small-zh-v1.5 on up to 512). */
    public static final int MAX_TOKENS = 256;
    private static final int BATCH = 32;

    private final NDManager manager;
    private final BertEncoder encoder;
    private final WordPieceTokenizer tokenizer;
    private final String queryPrefix;

    /** An embedder on its own copy of the pretrained encoder. */
    public SentenceEmbedder(PretrainedEncoder pretrained) {
        this.manager = DjlRuntime.pytorch().newBaseManager();
        this.encoder = pretrained.newEncoder(manager, 0f);
        this.tokenizer = pretrained.newTokenizer(MAX_TOKENS);
        this.queryPrefix = pretrained.queryPrefix();
    }

    @Override
    public int dimensions() {
        return encoder.config().hiddenSize();
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        List<long[]> ids = texts.stream().map(tokenizer::ids).toList();
        return LengthSortedBatches.map(ids, BATCH, this::embedBatch);
    }

    /** The question after the encoder's query instruction (bge's retrieval instruction; none for MiniLM). */
    @Override
    public float[] embedQuery(String question) {
        return embed(List.of(queryPrefix + question)).get(0);
    }

    private List<float[]> embedBatch(TokenBatch batch) {
        try (NDManager step = manager.newSubManager()) {
            NDList outputs = encoder.forward(new ParameterStore(step, false), batch.toArrays(step), false);
            NDArray pooled = outputs.get(1);
            NDArray norms = pooled.norm(new int[] {1}, true).maximum(1e-12f);
            float[] flat = pooled.div(norms).toFloatArray();
            int width = dimensions();
            List<float[]> rows = new ArrayList<>(batch.size());
            for (int r = 0; r < batch.size(); r++) {
                rows.add(Arrays.copyOfRange(flat, r * width, (r + 1) * width));
            }
            return rows;
        }
    }

    @Override
    public void close() {
        tokenizer.close();
        manager.close();
    }
}
