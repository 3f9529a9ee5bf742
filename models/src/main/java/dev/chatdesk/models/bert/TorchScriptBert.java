package dev.chatdesk.models.bert;

import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A BERT encoder exported to TorchScript, run by libtorch as one block. Inputs and outputs as
 * {@link TokenEncoder}: the module's {@code forward} takes the ids and the mask (and all-zero
 * token type ids if its config says so) and returns the token embeddings, alone or first in a
 * tuple, as a HuggingFace model traced with {@code torchscript=True} does; this block adds their
 * mean. The module's parameters are this block's: autograd trains them like any other, and
 * saving the block writes the whole module.
 */
public final class TorchScriptBert extends AbstractBlock implements TokenEncoder {
    private static final String WORD_EMBEDDINGS = "word_embeddings";
    private static final Shape PROBE = new Shape(1, 2);

    private final TorchScriptBertConfig config;
    private PtSymbolBlock module;

    private TorchScriptBert(TorchScriptBertConfig config, PtSymbolBlock module) {
        this.config = config;
        this.module = module;
    }

    /**
     * Loads a TorchScript file with trainable parameters, its arrays in {@code manager} (of the
     * PyTorch engine), and runs it once: for its hidden size, and to freeze the parameters that
     * the token embeddings do not depend on (such as a HuggingFace BERT's pooler), since no
     * gradient ever reaches them and an optimizer would update them from made-up zeros.
     *
     * @param includeTokenTypes whether the module's forward takes token type ids third
     * @throws IllegalArgumentException if libtorch cannot load the file or the module does not
     *     return token embeddings
     */
    public static TorchScriptBert load(NDManager manager, Path modelFile, boolean includeTokenTypes) {
        PtSymbolBlock module;
        try {
            module = JniUtils.loadModule(pytorch(manager), modelFile, true, new String[0], new String[0], true);
        } catch (EngineException e) {
            throw new IllegalArgumentException(
                    modelFile + " is not a TorchScript module libtorch can load: " + e.getMessage(), e);
        }
        try {
            int hiddenSize = probe(module, includeTokenTypes, manager);
            return new TorchScriptBert(new TorchScriptBertConfig(hiddenSize, includeTokenTypes), module);
        } catch (RuntimeException e) {
            module.close();
            throw new IllegalArgumentException(modelFile + " does not run as a BERT encoder: " + e.getMessage(), e);
        }
    }

    /** A block of this shape whose module comes with {@link #loadParameters}. */
    static TorchScriptBert awaitingWeights(TorchScriptBertConfig config) {
        return new TorchScriptBert(config, null);
    }

    /**
     * One training pass over two padding tokens and back from the token embeddings: freezes the
     * parameters left without a gradient, clears the others' and returns the hidden size.
     */
    private static int probe(PtSymbolBlock module, boolean includeTokenTypes, NDManager manager) {
        try (NDManager probe = manager.newSubManager();
                GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray ids = probe.zeros(PROBE, DataType.INT64);
            NDList inputs = moduleInputs(ids, probe.ones(PROBE, DataType.INT64), includeTokenTypes);
            NDArray hidden = tokenEmbeddings(module, new ParameterStore(probe, false), inputs, true);
            collector.backward(hidden.sum());
            for (Parameter parameter : module.getDirectParameters().values()) {
                PtNDArray weights = (PtNDArray) parameter.getArray();
                try (PtNDArray gradient = JniUtils.getGradient(weights)) {
                    if (gradient == null) {
                        parameter.freeze(true);
                    } else {
                        JniUtils.zeroGrad(weights);
                    }
                }
            }
            return (int) hidden.getShape().get(2);
        }
    }

    private static PtNDManager pytorch(NDManager manager) {
        if (manager instanceof PtNDManager pytorch) {
            return pytorch;
        }
        throw new IllegalArgumentException(
                "TorchScript encoders run on the PyTorch engine, not " + manager.getEngine().getEngineName());
    }

    @Override
    public EncoderSpec spec() {
        return config;
    }

    /** Freezes or unfreezes every parameter whose name contains {@code word_embeddings}. */
    @Override
    public void freezeWordEmbeddings(boolean freeze) {
        for (Pair<String, Parameter> parameter : module().getDirectParameters()) {
            if (parameter.getKey().contains(WORD_EMBEDDINGS)) {
                parameter.getValue().freeze(freeze);
            }
        }
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        PtSymbolBlock loaded = module();
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1);
        if (training) {
            // The module reads its weights itself; like every block's, they go through the store,
            // which is how the trainer knows the arrays its optimizer updates.
            for (Parameter parameter : loaded.getDirectParameters().values()) {
                store.getValue(parameter, ids.getDevice(), true);
            }
        }
        NDArray hidden = tokenEmbeddings(loaded, store, moduleInputs(ids, mask, config.includeTokenTypes()), training);
        return new NDList(hidden, config.pooling().pool(hidden, mask.toType(DataType.FLOAT32, false)));
    }

    private static NDList moduleInputs(NDArray ids, NDArray mask, boolean includeTokenTypes) {
        return includeTokenTypes ? new NDList(ids, mask, ids.zerosLike()) : new NDList(ids, mask);
    }

    private static NDArray tokenEmbeddings(
            PtSymbolBlock module, ParameterStore store, NDList inputs, boolean training) {
        Shape ids = inputs.head().getShape();
        // libtorch's graph optimizer specializes a module on the runs it sees: a plan made while
        // training fails at inference ("Inference tensors cannot be saved for backward"). The
        // setting holds for the calling thread only, so it is made before every run.
        JniUtils.setGraphExecutorOptimize(false);
        NDArray hidden = module.forward(store, inputs, training).head();
        Shape shape = hidden.getShape();
        if (shape.dimension() != 3 || shape.get(0) != ids.get(0) || shape.get(1) != ids.get(1)) {
            throw new IllegalArgumentException("the module returned " + shape + " for ids " + ids
                    + ": expected the token embeddings [batch, tokens, hidden] first");
        }
        return hidden;
    }

    @Override
    public ParameterList getDirectParameters() {
        return module == null ? new ParameterList() : module.getDirectParameters();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        return new Shape[] {ids.add(config.hiddenSize()), new Shape(ids.get(0), config.hiddenSize())};
    }

    /** Writes the whole TorchScript module, code and current weights. */
    @Override
    public void saveParameters(DataOutputStream os) throws IOException {
        module().saveParameters(os);
    }

    /** Reads a module written by {@link #saveParameters}, replacing the one this block had. */
    @Override
    public void loadParameters(NDManager manager, DataInputStream is) throws IOException, MalformedModelException {
        PtSymbolBlock loaded = new PtSymbolBlock(pytorch(manager));
        loaded.loadParameters(manager, is);
        if (module != null) {
            module.close();
        }
        module = loaded;
    }

    private PtSymbolBlock module() {
        if (module == null) {
            throw new IllegalStateException("no TorchScript module yet: load the saved weights first");
        }
        return module;
    }
}
