package dev.chatdesk.core.kb;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product measures how alike their meanings are.
 * Passages are embedded with {@link #embed}, a question searching them with {@link #embedQuery}:
 * some encoders (bge) expect an instruction before a question. Thread-safe.
 */
public interface TextEmbedder {
    /** The vectors' length. */
    int dimensions();

    /** One unit vector per text (a passage, a sentence), in order. */
    List<float[]> embed(List<String> texts);

    /**
     * The unit vector of a question that searches passages embedded with {@link #embed}. By
     * default the question is embedded as any text; an encoder trained with a query instruction
     * adds it.
     */
    default float[] embedQuery(String question) {
        return embed(List.of(question)).get(0);
    }
}
