package dev.chatdesk.models.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One transformer layer of BERT (post-norm): multi-head self-attention and a GELU feed-forward
 * network, each with a residual connection and layer normalization. Inputs: hidden states
 * [batch, tokens, hidden] and the additive attention mask [batch, 1, 1, tokens].
 */
final class BertLayer extends AbstractBlock {
    private final BertConfig config;
    private final float dropout;
    final Linear query;
    final Linear key;
    final Linear value;
    final Linear attentionOutput;
    final LayerNorm attentionNorm;
    final Linear intermediate;
    final Linear output;
    final LayerNorm outputNorm;

    BertLayer(BertConfig config, float dropout) {
        this.config = config;
        this.dropout = dropout;
        int h = config.hiddenSize();
        query = addChildBlock("query", linear(h));
        key = addChildBlock("key", linear(h));
        value = addChildBlock("value", linear(h));
        attentionOutput = addChildBlock("attention_output", linear(h));
        attentionNorm = addChildBlock("attention_norm", layerNorm(config));
        intermediate = addChildBlock("intermediate", linear(config.intermediateSize()));
        output = addChildBlock("output", linear(h));
        outputNorm = addChildBlock("output_norm", layerNorm(config));
    }

    static Linear linear(int units) {
        return Linear.builder().setUnits(units).build();
    }

    static LayerNorm layerNorm(BertConfig config) {
        return LayerNorm.builder().axis(2).optEpsilon(config.layerNormEps()).build();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray hidden = inputs.get(0);
        NDArray maskBias = inputs.get(1);
        // The layer's intermediates live in a scope of their own, freed when the layer is done, so
        // a pass reuses one layer's memory instead of taking fresh memory for every layer: fresh
        // memory costs page faults, which made a pass of 32 texts 1.3 to 1.5 times as slow.
        NDManager caller = hidden.getManager();
        try (NDManager scope = caller.newSubManager()) {
            hidden.tempAttach(scope);
            NDArray attended = selfAttention(store, hidden, maskBias, training);
            NDArray projected = drop(apply(store, attentionOutput, attended, training), training);
            NDArray afterAttention = apply(store, attentionNorm, projected.add(hidden), training);
            NDArray expanded = Activation.gelu(apply(store, intermediate, afterAttention, training));
            NDArray contracted = drop(apply(store, output, expanded, training), training);
            NDArray result = apply(store, outputNorm, contracted.add(afterAttention), training);
            result.attach(caller);
            return new NDList(result);
        }
    }

    private NDArray selfAttention(
            ParameterStore store, NDArray hidden, NDArray maskBias, boolean training) {
        Shape shape = hidden.getShape();
        long batch = shape.get(0);
        long tokens = shape.get(1);
        NDArray q = heads(apply(store, query, hidden, training), batch, tokens);
        NDArray k = heads(apply(store, key, hidden, training), batch, tokens);
        NDArray v = heads(apply(store, value, hidden, training), batch, tokens);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(config.headSize()));
        NDArray weights = drop(scores.add(maskBias).softmax(-1), training);
        return weights.matMul(v).transpose(0, 2, 1, 3).reshape(batch, tokens, config.hiddenSize());
    }

    private NDArray heads(NDArray projected, long batch, long tokens) {
        return projected
                .reshape(batch, tokens, config.attentionHeads(), config.headSize())
                .transpose(0, 2, 1, 3);
    }

    private NDArray drop(NDArray array, boolean training) {
        return training && dropout > 0 ? Dropout.dropout(array, dropout, true).head() : array;
    }

    private static NDArray apply(
            ParameterStore store, AbstractBlock block, NDArray input, boolean training) {
        return block.forward(store, new NDList(input), training).head();
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape hidden = inputShapes[0];
        Shape wide = hidden.slice(0, 2).add(config.intermediateSize());
        for (AbstractBlock block :
                new AbstractBlock[] {query, key, value, attentionOutput, attentionNorm, outputNorm}) {
            block.initialize(manager, dataType, hidden);
        }
        intermediate.initialize(manager, dataType, hidden);
        output.initialize(manager, dataType, wide);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
