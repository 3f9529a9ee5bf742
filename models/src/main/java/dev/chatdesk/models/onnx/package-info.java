/** Reading ONNX model files (protobuf) without generated classes: initializers, nodes and constants. */
package dev.chatdesk.models.onnx;
