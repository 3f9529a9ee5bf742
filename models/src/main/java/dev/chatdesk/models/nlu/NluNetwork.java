package dev.chatdesk.models.nlu;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.chatdesk.models.bert.TokenEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole NLU network: one BERT encoder pass, pooled as its spec says, feeding linear heads for
 * intent, sentiment and anger. Trained end to end, encoder included. Inputs as {@link TokenEncoder};
 * outputs as {@link HeadLayout} describes.
 */
public final class NluNetwork extends AbstractBlock {
    private final TokenEncoder encoder;
    private final HeadLayout layout;
    private final float dropout;
    private final Linear intentHead;
    private final Linear sentimentHead;
    private final Linear angerHead;

    /**
     * A network of the given encoder and heads; {@link #initialize} gives the heads their first
     * weights and leaves the encoder's (if it has them).
     *
     * @param dropout the dropout rate before the heads, when training
     */
    public NluNetwork(TokenEncoder encoder, HeadLayout layout, float dropout) {
        this.layout = layout;
        this.dropout = dropout;
        this.encoder = addChildBlock("encoder", encoder);
        intentHead = layout.intents() > 0
                ? addChildBlock("intent", Linear.builder().setUnits(layout.intents()).build())
                : null;
        sentimentHead = layout.sentiment()
                ? addChildBlock("sentiment", Linear.builder().setUnits(HeadLayout.SENTIMENT_CLASSES).build())
                : null;
        angerHead = layout.sentiment()
                ? addChildBlock("anger", Linear.builder().setUnits(1).build())
                : null;
    }

    /** The encoder. */
    public TokenEncoder encoder() {
        return encoder;
    }

    /** The intent head (one unit per intent, in the order of the spec's intents), or null without one. */
    public Linear intentHead() {
        return intentHead;
    }

    /** The sentiment head (negative, neutral, positive), or null without one. */
    public Linear sentimentHead() {
        return sentimentHead;
    }

    /** The anger head (one logit), or null without one. */
    public Linear angerHead() {
        return angerHead;
    }

    /** Where each head's output is. */
    public HeadLayout layout() {
        return layout;
    }

    /** Initializes every parameter for inputs of the given batch size (any size works later). */
    public void initialize(NDManager manager) {
        Shape ids = new Shape(1, 8);
        initialize(manager, DataType.FLOAT32, ids, ids);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray pooled = encoder.forward(store, inputs, training).get(1);
        NDArray features = training ? Dropout.dropout(pooled, dropout, true).head() : pooled;
        NDList outputs = new NDList(pooled);
        for (Linear head : new Linear[] {intentHead, sentimentHead, angerHead}) {
            if (head != null) {
                outputs.add(head.forward(store, new NDList(features), training).head());
            }
        }
        return outputs;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape pooled = encoder.getOutputShapes(inputShapes)[1];
        for (Linear head : new Linear[] {intentHead, sentimentHead, angerHead}) {
            if (head != null) {
                head.initialize(manager, dataType, pooled);
            }
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape pooled = encoder.getOutputShapes(inputShapes)[1];
        long batch = pooled.get(0);
        List<Shape> out = new ArrayList<>();
        out.add(pooled);
        if (intentHead != null) {
            out.add(new Shape(batch, layout.intents()));
        }
        if (sentimentHead != null) {
            out.add(new Shape(batch, HeadLayout.SENTIMENT_CLASSES));
            out.add(new Shape(batch, 1));
        }
        return out.toArray(Shape[]::new);
    }
}
