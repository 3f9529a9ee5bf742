package dev.chatdesk.models.bert;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a trained model records about its encoder, enough to rebuild the network that its saved
 * weights load into. Saved as JSON; which kind it is follows from its fields, so the files of
 * models saved before TorchScript encoders existed (plain {@link BertConfig}) still read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(BertConfig.class), @JsonSubTypes.Type(TorchScriptBertConfig.class)})
public sealed interface EncoderSpec permits BertConfig, TorchScriptBertConfig {
    /** The width of the token embeddings and of the sentence embedding. */
    int hiddenSize();

    /** How the token embeddings become the sentence embedding. */
    Pooling pooling();

    /**
     * A network of this shape without its weights: initialize it, then load saved weights into
     * it with {@code loadParameters}.
     */
    TokenEncoder newEmptyEncoder();
}
