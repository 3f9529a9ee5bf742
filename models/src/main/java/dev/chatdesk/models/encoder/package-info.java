/**
 * The pretrained encoders the NLU starts from ({@link dev.chatdesk.models.encoder.EncoderSource}):
 * all-MiniLM-L6-v2 by default for English and bge-small-zh-v1.5 for Chinese, or a bot's own
 * TorchScript export in a DJL model directory; the defaults' sentence embeddings; and DJL runtime
 * settings.
 */
package dev.chatdesk.models.encoder;
