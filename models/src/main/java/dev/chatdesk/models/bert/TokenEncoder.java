package dev.chatdesk.models.bert;

import ai.djl.nn.Block;

/**
 * A BERT-architecture encoder network, whatever runs it. Inputs: token ids [batch, tokens]
 * (int64) and attention mask [batch, tokens] (int64, 1 for a real token). Outputs: the last
 * hidden states [batch, tokens, hidden] and the sentence embeddings [batch, hidden], pooled as
 * the {@link #spec()}'s {@link Pooling} says.
 */
public interface TokenEncoder extends Block {
    /** The encoder's kind and sizes, as a trained model records them. */
    EncoderSpec spec();

    /**
     * Freezes or unfreezes the word-piece embedding table (the largest tensor of a small BERT):
     * frozen, fine-tuning neither computes its gradient nor updates it.
     */
    void freezeWordEmbeddings(boolean freeze);
}
