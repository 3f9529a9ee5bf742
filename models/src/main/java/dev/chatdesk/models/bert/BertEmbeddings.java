package dev.chatdesk.models.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * BERT's input layer: word, position and token-type embeddings summed, then layer-normalized.
 * Input: token ids [batch, tokens]; output: [batch, tokens, hidden].
 */
final class BertEmbeddings extends AbstractBlock {
    private final BertConfig config;
    private final float dropout;
    private final Parameter words;
    private final Parameter positions;
    private final Parameter tokenTypes;
    private final LayerNorm norm;

    BertEmbeddings(BertConfig config, float dropout) {
        this.config = config;
        this.dropout = dropout;
        int h = config.hiddenSize();
        words = addParameter(weight("word_embeddings", new Shape(config.vocabSize(), h)));
        positions = addParameter(weight("position_embeddings", new Shape(config.maxPositions(), h)));
        tokenTypes = addParameter(weight("token_type_embeddings", new Shape(config.typeVocabSize(), h)));
        norm = addChildBlock("LayerNorm", BertLayer.layerNorm(config));
    }

    private static Parameter weight(String name, Shape shape) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(shape).build();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.head();
        long length = ids.getShape().get(1);
        NDArray positionIds = ids.getManager().arange(0, length, 1, DataType.INT64).expandDims(0);
        NDArray typeIds = positionIds.zerosLike();
        NDArray summed =
                lookup(store, words, ids, training)
                        .add(lookup(store, positions, positionIds, training))
                        .add(lookup(store, tokenTypes, typeIds, training));
        NDList normalized = norm.forward(store, new NDList(summed), training);
        return new NDList(Dropout.dropout(normalized.head(), dropout, training).head());
    }

    private static NDArray lookup(ParameterStore store, Parameter table, NDArray ids, boolean training) {
        NDArray weights = store.getValue(table, ids.getDevice(), training);
        return Embedding.embedding(ids, weights, SparseFormat.DENSE).head();
    }

    @Override
    protected void initializeChildBlocks(
            ai.djl.ndarray.NDManager manager, DataType dataType, Shape... inputShapes) {
        norm.initialize(manager, dataType, getOutputShapes(inputShapes));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(config.hiddenSize())};
    }

    Parameter words() {
        return words;
    }

    Parameter positions() {
        return positions;
    }

    Parameter tokenTypes() {
        return tokenTypes;
    }

    LayerNorm norm() {
        return norm;
    }
}
