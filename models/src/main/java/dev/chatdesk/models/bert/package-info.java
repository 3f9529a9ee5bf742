/**
 * BERT encoders behind one contract ({@link dev.chatdesk.models.bert.TokenEncoder}): built from DJL
 * blocks, weight-compatible with HuggingFace and imported from ONNX exports, or a user's own
 * TorchScript export run by libtorch.
 */
package dev.chatdesk.models.bert;
