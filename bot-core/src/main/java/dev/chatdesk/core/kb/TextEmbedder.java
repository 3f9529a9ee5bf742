package dev.chatdesk.core.kb;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product measures how alike their meanings are.
 * Thread-safe.
 */
public interface TextEmbedder {
    /** The vectors' length. */
    int dimensions();

    /** One unit vector per text, in order. */
    List<float[]> embed(List<String> texts);
}
