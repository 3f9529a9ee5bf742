/**
 * Serving a trained model to many callers: the batching queue and predictor, the engines that run
 * the model (our network on PyTorch, or its encoder in ONNX Runtime with the heads in Java), and
 * the benchmark with its ONNX Runtime peer.
 */
package dev.chatdesk.models.serving;
