/** Serving a trained model to many callers: the batching predictor and its benchmark. */
package dev.chatdesk.models.serving;
