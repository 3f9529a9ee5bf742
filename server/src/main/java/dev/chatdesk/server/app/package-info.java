/** The running server's parts and how they are put together: store, model, knowledge base, dialogue, HTTP. */
package dev.chatdesk.server.app;
