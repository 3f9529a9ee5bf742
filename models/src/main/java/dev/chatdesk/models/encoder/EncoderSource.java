package dev.chatdesk.models.encoder;

import ai.djl.ndarray.NDManager;
import dev.chatdesk.models.bert.TokenEncoder;
import dev.chatdesk.models.text.WordPieceTokenizer;

/**
 * A pretrained encoder the NLU starts from: its network with the pretrained weights, its
 * tokenizer, and what identifies both in the cache of trained models. The default is {@link
 * PretrainedEncoder#defaultEncoder()}; a bot may bring its own as a {@link TorchScriptEncoder}.
 */
public interface EncoderSource {
    /** The longest input, in tokens, the encoder takes. */
    int maxTokens();

    /** A new tokenizer for this encoder, truncating to {@code maxTokens}. */
    WordPieceTokenizer newTokenizer(int maxTokens);

    /**
     * A new copy of the pretrained network, its arrays in {@code manager}.
     *
     * @param dropout the dropout rate applied when training (a TorchScript module keeps the
     *     dropout it was exported with)
     */
    TokenEncoder newEncoder(NDManager manager, float dropout);

    /** Identifies the pretrained weights and tokenizer: models trained from them are cached under it. */
    String fingerprint();
}
