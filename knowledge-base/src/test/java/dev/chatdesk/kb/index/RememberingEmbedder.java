package dev.chatdesk.kb.index;

import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real sentence encoder, remembering each text's vector: tests that import the demo articles
 * into several knowledge bases embed them once.
 */
final class RememberingEmbedder implements TextEmbedder, AutoCloseable {
    private final SentenceEmbedder encoder = new SentenceEmbedder(PretrainedEncoder.defaultEncoder());
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    @Override
    public int dimensions() {
        return encoder.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> computed = encoder.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed.get(i));
            }
        }
        List<float[]> result = new ArrayList<>(texts.size());
        texts.forEach(t -> result.add(vectors.get(t)));
        return result;
    }

    @Override
    public float[] embedQuery(String question) {
        return encoder.embedQuery(question);
    }

    @Override
    public void close() {
        encoder.close();
    }
}
