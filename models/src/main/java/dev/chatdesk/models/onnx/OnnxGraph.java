package dev.chatdesk.models.onnx;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an ONNX model that a weight importer needs: the float32 initializers by name and
 * the nodes (operator, inputs, outputs). Parsed straight from the protobuf bytes, which the
 * tensors' values stay views of. Immutable once read, and safe to share between threads, unless
 * its tensors are {@link OnnxTensor#set set}: do that only to a graph parsed from bytes of your own.
 */
public final class OnnxGraph {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int ATTRIBUTE_TENSOR = 5;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int TENSOR_DATA_LOCATION = 14;

    /**
     * One operator of the graph.
     *
     * @param opType the operator, such as {@code MatMul}
     * @param inputs the names of its inputs
     * @param outputs the names of its outputs
     * @param value the tensor of a {@code Constant} node, if any
     */
    public record Node(
            String opType, List<String> inputs, List<String> outputs, Optional<OnnxTensor> value) {}

    private final Map<String, OnnxTensor> initializers;
    private final List<Node> nodes;

    private OnnxGraph(Map<String, OnnxTensor> initializers, List<Node> nodes) {
        this.initializers = initializers;
        this.nodes = nodes;
    }

    /** Parses a serialized ONNX {@code ModelProto}. */
    public static OnnxGraph parse(ByteBuffer model) {
        try {
            ProtoReader reader = new ProtoReader(model);
            while (reader.next()) {
                if (reader.field() == MODEL_GRAPH && reader.wireType() == ProtoReader.LENGTH_DELIMITED) {
                    return parseGraph(reader.bytes());
                }
                reader.skip();
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalStateException e) {
            throw new IllegalArgumentException("not a valid ONNX model: the protobuf is malformed", e);
        }
        throw new IllegalArgumentException("not an ONNX model: no graph found");
    }

    private static OnnxGraph parseGraph(ByteBuffer graph) {
        Map<String, OnnxTensor> initializers = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        ProtoReader reader = new ProtoReader(graph);
        while (reader.next()) {
            if (reader.field() == GRAPH_NODE && reader.wireType() == ProtoReader.LENGTH_DELIMITED) {
                nodes.add(parseNode(reader.bytes()));
            } else if (reader.field() == GRAPH_INITIALIZER
                    && reader.wireType() == ProtoReader.LENGTH_DELIMITED) {
                OnnxTensor tensor = parseTensor(reader.bytes());
                if (tensor.dataType() == OnnxTensor.FLOAT32) {
                    initializers.put(tensor.name(), tensor);
                }
            } else {
                reader.skip();
            }
        }
        return new OnnxGraph(Map.copyOf(initializers), List.copyOf(nodes));
    }

    private static Node parseNode(ByteBuffer bytes) {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String opType = "";
        Optional<OnnxTensor> value = Optional.empty();
        ProtoReader reader = new ProtoReader(bytes);
        while (reader.next()) {
            switch (reader.field()) {
                case NODE_INPUT -> inputs.add(reader.string());
                case NODE_OUTPUT -> outputs.add(reader.string());
                case NODE_OP_TYPE -> opType = reader.string();
                case NODE_ATTRIBUTE -> {
                    Optional<OnnxTensor> tensor = parseAttributeTensor(reader.bytes());
                    value = tensor.isPresent() ? tensor : value;
                }
                default -> reader.skip();
            }
        }
        return new Node(opType, List.copyOf(inputs), List.copyOf(outputs), value);
    }

    private static Optional<OnnxTensor> parseAttributeTensor(ByteBuffer bytes) {
        ProtoReader reader = new ProtoReader(bytes);
        while (reader.next()) {
            if (reader.field() == ATTRIBUTE_TENSOR
                    && reader.wireType() == ProtoReader.LENGTH_DELIMITED) {
                return Optional.of(parseTensor(reader.bytes()));
            }
            reader.skip();
        }
        return Optional.empty();
    }

    /** A tensor with its data inside the file. */
    private static OnnxTensor parseTensor(ByteBuffer bytes) {
        List<Long> dims = new ArrayList<>();
        int dataType = 0;
        String name = "";
        ByteBuffer raw = null;
        boolean external = false;
        ProtoReader reader = new ProtoReader(bytes);
        while (reader.next()) {
            switch (reader.field()) {
                case TENSOR_DIMS -> readInts(reader, dims);
                case TENSOR_DATA_TYPE -> dataType = (int) reader.varint();
                case TENSOR_NAME -> name = reader.string();
                case TENSOR_RAW_DATA -> raw = reader.bytes();
                case TENSOR_FLOAT_DATA -> raw = readFloats(reader);
                case TENSOR_DATA_LOCATION -> external = reader.varint() == 1;
                default -> reader.skip();
            }
        }
        if (external) {
            throw new IllegalArgumentException(
                    "initializer " + name + " keeps its data in an external file: export the model"
                            + " with the weights inside the .onnx file");
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        return new OnnxTensor(name, shape, dataType, raw == null ? ByteBuffer.allocate(0) : raw);
    }

    private static void readInts(ProtoReader reader, List<Long> into) {
        if (reader.wireType() == ProtoReader.LENGTH_DELIMITED) {
            ProtoReader packed = new ProtoReader(reader.bytes());
            while (packed.hasRemaining()) {
                into.add(packed.varint());
            }
        } else {
            into.add(reader.varint());
        }
    }

    private static ByteBuffer readFloats(ProtoReader reader) {
        if (reader.wireType() != ProtoReader.LENGTH_DELIMITED) {
            throw new IllegalArgumentException("unpacked float_data is not supported");
        }
        return reader.bytes().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The float32 initializers by name. */
    public Map<String, OnnxTensor> initializers() {
        return initializers;
    }

    /** The graph's nodes in file order. */
    public List<Node> nodes() {
        return nodes;
    }
}
