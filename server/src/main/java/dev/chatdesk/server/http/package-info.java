/** The HTTP server: the router that mounts every API, health, metrics and the OpenAPI document. */
package dev.chatdesk.server.http;
