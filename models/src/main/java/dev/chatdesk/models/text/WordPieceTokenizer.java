package dev.chatdesk.models.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns texts into BERT inputs with a HuggingFace {@code tokenizer.json}: word pieces with
 * {@code [CLS]} and {@code [SEP]}, truncated to a maximum length, padded to the longest text of a
 * batch. Thread-safe (the native tokenizer is).
 */
public final class WordPieceTokenizer implements AutoCloseable {
    /** The longest input, in tokens, that Chatdesk encodes; longer texts are truncated. */
    public static final int DEFAULT_MAX_TOKENS = 128;

    private final HuggingFaceTokenizer tokenizer;
    private final byte[] json;

    /** A tokenizer from the bytes of a {@code tokenizer.json}. */
    public WordPieceTokenizer(byte[] tokenizerJson, int maxTokens) {
        this.json = tokenizerJson.clone();
        Map<String, String> options =
                Map.of(
                        "truncation", "true",
                        "padding", "false",
                        "maxLength", Integer.toString(maxTokens),
                        "addSpecialTokens", "true");
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer.json", e);
        }
    }

    /** The {@code tokenizer.json} this tokenizer was made from, to save beside a trained model. */
    public byte[] json() {
        return json.clone();
    }

    /** The word-piece ids of one text, special tokens included, truncated to the maximum. */
    public long[] ids(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** Tokenizes texts into one batch padded to its longest member. */
    public TokenBatch encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        List<long[]> rows = new ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            rows.add(e.getIds());
        }
        return TokenBatch.padded(rows);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
