package dev.chatdesk.models.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A BERT encoder built from DJL blocks, weight-compatible with HuggingFace's {@code BertModel}, so
 * the same network both predicts and fine-tunes on the PyTorch engine. Inputs and outputs as
 * {@link TokenEncoder}, the hidden states pooled as its {@link BertConfig#pooling()} says.
 */
public final class BertEncoder extends AbstractBlock implements TokenEncoder {
    private static final float MASKED_SCORE = -10000f;

    private final BertConfig config;
    private final BertEmbeddings embeddings;
    private final List<BertLayer> layers = new ArrayList<>();

    /** An encoder of the given sizes with the given dropout rate (used only when training). */
    public BertEncoder(BertConfig config, float dropout) {
        this.config = config;
        embeddings = addChildBlock("embeddings", new BertEmbeddings(config, dropout));
        for (int i = 0; i < config.layers(); i++) {
            layers.add(addChildBlock("layer" + i, new BertLayer(config, dropout)));
        }
    }

    @Override
    public void freezeWordEmbeddings(boolean freeze) {
        embeddings.words().freeze(freeze);
    }

    /** The encoder's sizes. */
    public BertConfig config() {
        return config;
    }

    @Override
    public EncoderSpec spec() {
        return config;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1).toType(DataType.FLOAT32, false);
        NDArray maskBias = mask.neg().add(1f).mul(MASKED_SCORE).expandDims(1).expandDims(1);
        NDArray hidden = embeddings.forward(store, new NDList(ids), training).head();
        for (BertLayer layer : layers) {
            hidden = layer.forward(store, new NDList(hidden, maskBias), training).head();
        }
        return new NDList(hidden, config.pooling().pool(hidden, mask));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape ids = inputShapes[0];
        embeddings.initialize(manager, dataType, ids);
        Shape hidden = ids.add(config.hiddenSize());
        Shape maskBias = new Shape(ids.get(0), 1, 1, ids.get(1));
        for (BertLayer layer : layers) {
            layer.initialize(manager, dataType, hidden, maskBias);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        return new Shape[] {ids.add(config.hiddenSize()), new Shape(ids.get(0), config.hiddenSize())};
    }

    BertEmbeddings embeddings() {
        return embeddings;
    }

    List<BertLayer> layers() {
        return layers;
    }
}
