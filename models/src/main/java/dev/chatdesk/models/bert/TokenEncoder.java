package dev.chatdesk.models.bert;

import ai.djl.nn.Block;

/**
 * A BERT-architecture encoder network, whatever runs it. Inputs: token ids [batch, tokens]
 * (int64) and attention mask [batch, tokens] (int64, 1 for a real token). Outputs: the last
 * hidden states [batch, tokens, hidden] and their mean over the real tokens [batch, hidden].
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
