/** BERT built from DJL blocks, weight-compatible with HuggingFace, and its import from ONNX exports. */
package dev.chatdesk.models.bert;
