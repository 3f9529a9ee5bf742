package dev.chatdesk.server.config;

/**
 * What the insights watch for.
 *
 * @param alerts the sentiment alerts
 */
public record InsightsConfig(AlertsConfig alerts) {}
