/** The customer side: the REST API and WebSocket the website widget (or any direct client) uses. */
package dev.chatdesk.connectors.web;
