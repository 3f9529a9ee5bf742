/** Conversation changes carried over the Vert.x event bus to customers' and agents' WebSockets. */
package dev.chatdesk.connectors.events;
