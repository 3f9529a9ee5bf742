/** The entry point of the {@code ./chatdesk} command line and the server's wiring. */
package dev.chatdesk.server;
