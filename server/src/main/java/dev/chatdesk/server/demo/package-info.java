/**
 * The demo shop's order API: a small HTTP service holding realistic demo orders in memory, which the
 * demo bot's flows call to track an order, register a return, cancel an order or check a refund.
 */
package dev.chatdesk.server.demo;
