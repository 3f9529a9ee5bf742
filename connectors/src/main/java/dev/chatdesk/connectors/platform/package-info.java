/**
 * What every messaging platform shares, so that a new platform is one package with a webhook (its
 * signature check and payload mapping) and a channel (its send API): the inbound pipeline
 * ({@link dev.chatdesk.connectors.platform.PlatformWebhooks}: verify, deduplicate durably,
 * acknowledge, then process), the outbound delivery of stored messages
 * ({@link dev.chatdesk.connectors.platform.PlatformDelivery}), API calls retried on 429 and 5xx
 * ({@link dev.chatdesk.connectors.platform.RetryingSender}), and signature, form and address helpers.
 */
package dev.chatdesk.connectors.platform;
