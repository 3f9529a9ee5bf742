/**
 * Serving a trained model to many callers: the batching queue and predictor, and the benchmark
 * with its ONNX Runtime peer.
 */
package dev.chatdesk.models.serving;
