/** Turning texts into BERT inputs: the word-piece tokenizer, padded batches, and batching by length. */
package dev.chatdesk.models.text;
