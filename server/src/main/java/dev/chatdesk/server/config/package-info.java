/**
 * The server's configuration: {@link dev.chatdesk.server.config.ChatdeskConfig}, an immutable tree of
 * records with safe defaults, and {@link dev.chatdesk.server.config.ConfigLoader}, which fills it from a
 * YAML or JSON file, {@code CHATDESK_*} environment variables and command-line options, and fails
 * with a {@link dev.chatdesk.server.config.ConfigException} naming the key when a value is wrong.
 * Every key, its default, bounds and environment variable are declared once, by {@link
 * dev.chatdesk.server.config.Key} on the record components.
 */
package dev.chatdesk.server.config;
