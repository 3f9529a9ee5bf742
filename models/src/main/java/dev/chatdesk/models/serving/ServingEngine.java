package dev.chatdesk.models.serving;

import dev.chatdesk.models.nlu.TrainedNlu;

/** The engine that runs a served model's encoder: the same results either way, to within 1e-4. */
public enum ServingEngine {
    /** Our DJL network on PyTorch, which runs every model. */
    PYTORCH,

    /**
     * ONNX Runtime, running the ONNX graph of the default encoder a model's BERT was imported from
     * with the model's fine-tuned weights. Measured 1.3 times as fast as PyTorch at concurrency 32
     * and 1.8 times at concurrency 1 with all-MiniLM-L6-v2: it fuses the layer norms, GELUs and
     * biases that cost our network an operation each.
     */
    ONNX_RUNTIME;

    /**
     * The fastest engine that runs the model: ONNX Runtime for a BERT of a default encoder's sizes
     * and pooling (imported from its ONNX file), PyTorch for any other (a bot's own TorchScript
     * encoder).
     */
    public static ServingEngine fastestFor(TrainedNlu model) {
        return OnnxRuntimeNluScorer.origin(model).isPresent() ? ONNX_RUNTIME : PYTORCH;
    }
}
