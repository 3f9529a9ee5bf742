package dev.chatdesk.models.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import dev.chatdesk.models.onnx.OnnxGraph;
import dev.chatdesk.models.onnx.OnnxTensor;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a BERT-architecture encoder exported from HuggingFace to ONNX: derives its sizes from the
 * weights and copies the weights into a {@link BertEncoder}, or back from one into the graph.
 *
 * <p>Embeddings, layer norms and biases keep their HuggingFace names in such an export, but the
 * linear weights are renamed ({@code onnx::MatMul_NNN}) and stored as [in, out]; a weight belongs
 * to the linear layer whose named bias is added to the output of the weight's {@code MatMul}.
 */
public final class OnnxBertImporter {
    private static final Pattern LAYER = Pattern.compile("^encoder\\.layer\\.(\\d+)\\.");
    private static final float BERT_LAYER_NORM_EPS = 1e-12f;

    private final Map<String, OnnxTensor> byName;
    private final Map<String, String> linearWeights;
    private final BertConfig config;

    /**
     * Reads the encoder in a parsed ONNX graph; fails with a clear message if it is no BERT.
     *
     * @param pooling how the encoder was pretrained to pool, which the graph does not record (it
     *     returns the hidden states)
     */
    public OnnxBertImporter(OnnxGraph graph, Pooling pooling) {
        byName = graph.initializers();
        linearWeights = linearWeightsByName(graph);
        config = readConfig(graph, pooling);
    }

    /** The encoder's sizes, read from the weights and the attention scaling constant, and its pooling. */
    public BertConfig config() {
        return config;
    }

    private BertConfig readConfig(OnnxGraph graph, Pooling pooling) {
        long[] words = tensor("embeddings.word_embeddings.weight").dims();
        long[] positions = tensor("embeddings.position_embeddings.weight").dims();
        long[] types = tensor("embeddings.token_type_embeddings.weight").dims();
        long[] intermediate = tensor("encoder.layer.0.intermediate.dense.bias").dims();
        int layers =
                (int) byName.keySet().stream()
                        .map(LAYER::matcher)
                        .filter(Matcher::find)
                        .map(m -> m.group(1))
                        .distinct()
                        .count();
        int hidden = (int) words[1];
        int headSize = attentionHeadSize(graph);
        return new BertConfig(
                (int) words[0],
                hidden,
                layers,
                hidden / headSize,
                (int) intermediate[0],
                (int) positions[0],
                (int) types[0],
                BERT_LAYER_NORM_EPS,
                pooling);
    }

    /**
     * The head size, from the constant the attention scores are divided by (its square root):
     * the one size of BERT that the weights' shapes do not tell.
     */
    private static int attentionHeadSize(OnnxGraph graph) {
        Map<String, OnnxTensor> constants = new HashMap<>();
        Map<String, OnnxGraph.Node> producers = new HashMap<>();
        for (OnnxGraph.Node node : graph.nodes()) {
            node.outputs().forEach(out -> producers.put(out, node));
            node.value().ifPresent(v -> node.outputs().forEach(out -> constants.put(out, v)));
        }
        for (OnnxGraph.Node node : graph.nodes()) {
            if (!node.opType().equals("Div") || node.inputs().size() != 2) {
                continue;
            }
            OnnxGraph.Node numerator = producers.get(node.inputs().get(0));
            OnnxTensor divisor = constants.get(node.inputs().get(1));
            if (numerator != null
                    && numerator.opType().equals("MatMul")
                    && divisor != null
                    && divisor.dataType() == OnnxTensor.FLOAT32
                    && divisor.size() == 1) {
                float root = divisor.floats().get(0);
                return Math.round(root * root);
            }
        }
        throw new IllegalArgumentException(
                "no scaled dot-product attention found: not a BERT-architecture ONNX export");
    }

    /** The initializer of each linear weight, by its HuggingFace name. */
    private static Map<String, String> linearWeightsByName(OnnxGraph graph) {
        Map<String, OnnxTensor> initializers = graph.initializers();
        Map<String, String> weightByMatMulOutput = new HashMap<>();
        for (OnnxGraph.Node node : graph.nodes()) {
            if (node.opType().equals("MatMul") && initializers.containsKey(node.inputs().get(1))) {
                weightByMatMulOutput.put(node.outputs().get(0), node.inputs().get(1));
            }
        }
        Map<String, String> weights = new HashMap<>();
        for (OnnxGraph.Node node : graph.nodes()) {
            if (!node.opType().equals("Add")) {
                continue;
            }
            Optional<String> bias = node.inputs().stream().filter(i -> i.endsWith(".bias")).findFirst();
            Optional<String> weight =
                    node.inputs().stream().map(weightByMatMulOutput::get).filter(w -> w != null).findFirst();
            if (bias.isPresent() && weight.isPresent()) {
                String name = bias.get().substring(0, bias.get().length() - ".bias".length()) + ".weight";
                weights.put(name, weight.get());
            }
        }
        return weights;
    }

    /** Copies every weight into an initialized encoder of this importer's {@link #config()}. */
    public void copyInto(BertEncoder encoder) {
        for (Weight weight : weights(encoder)) {
            OnnxTensor tensor = tensor(weight.initializer());
            FloatBuffer values = weight.transposed() ? FloatBuffer.wrap(tensor.transposed()) : tensor.floats();
            NDArray array = weight.parameter().getArray();
            if (array.size() != values.remaining()) {
                throw new IllegalArgumentException(weight.initializer() + " has " + values.remaining()
                        + " values, the encoder expects " + array.getShape());
            }
            array.set(values);
        }
    }

    /**
     * Writes every weight of an encoder of this importer's {@link #config()} over the graph's
     * initializers, in the graph's layout: the inverse of {@link #copyInto}. The values go into
     * the bytes the graph was parsed from (see {@link OnnxTensor#set}), which then hold the
     * encoder as an ONNX file.
     */
    public void copyFrom(BertEncoder encoder) {
        for (Weight weight : weights(encoder)) {
            OnnxTensor tensor = tensor(weight.initializer());
            float[] values = weight.parameter().getArray().toFloatArray();
            if (weight.transposed()) {
                tensor.setTransposed(values);
            } else {
                tensor.set(values);
            }
        }
    }

    /**
     * One parameter of the encoder and the initializer it is stored in.
     *
     * @param transposed whether the initializer holds the parameter transposed: ONNX multiplies x
     *     by a linear weight of [in, out], DJL's Linear holds [out, in]
     */
    private record Weight(String initializer, Parameter parameter, boolean transposed) {}

    /** Where every parameter of an encoder is in the graph. */
    private List<Weight> weights(BertEncoder encoder) {
        List<Weight> weights = new ArrayList<>();
        BertEmbeddings embeddings = encoder.embeddings();
        weights.add(new Weight("embeddings.word_embeddings.weight", embeddings.words(), false));
        weights.add(new Weight("embeddings.position_embeddings.weight", embeddings.positions(), false));
        weights.add(new Weight("embeddings.token_type_embeddings.weight", embeddings.tokenTypes(), false));
        addNorm(weights, "embeddings.LayerNorm", embeddings.norm());
        for (int i = 0; i < encoder.layers().size(); i++) {
            BertLayer layer = encoder.layers().get(i);
            String prefix = "encoder.layer." + i + ".";
            addLinear(weights, prefix + "attention.self.query", layer.query);
            addLinear(weights, prefix + "attention.self.key", layer.key);
            addLinear(weights, prefix + "attention.self.value", layer.value);
            addLinear(weights, prefix + "attention.output.dense", layer.attentionOutput);
            addNorm(weights, prefix + "attention.output.LayerNorm", layer.attentionNorm);
            addLinear(weights, prefix + "intermediate.dense", layer.intermediate);
            addLinear(weights, prefix + "output.dense", layer.output);
            addNorm(weights, prefix + "output.LayerNorm", layer.outputNorm);
        }
        return weights;
    }

    private void addLinear(List<Weight> weights, String name, Block linear) {
        String weight = linearWeights.get(name + ".weight");
        if (weight == null) {
            throw new IllegalArgumentException("no MatMul weight feeds the bias " + name + ".bias");
        }
        weights.add(new Weight(weight, linear.getParameters().get("weight"), true));
        weights.add(new Weight(name + ".bias", linear.getParameters().get("bias"), false));
    }

    private static void addNorm(List<Weight> weights, String name, Block norm) {
        weights.add(new Weight(name + ".weight", norm.getParameters().get("gamma"), false));
        weights.add(new Weight(name + ".bias", norm.getParameters().get("beta"), false));
    }

    private OnnxTensor tensor(String name) {
        OnnxTensor tensor = byName.get(name);
        if (tensor == null) {
            throw new IllegalArgumentException(
                    "not a HuggingFace BERT export: no initializer named " + name
                            + " (found " + Arrays.toString(byName.keySet().stream().limit(5).toArray()) + " ...)");
        }
        return tensor;
    }
}
