package dev.chatdesk.server.config;

/**
 * The demo shop that comes with the demo bot.
 *
 * @param orderService the shop's fake order API
 */
public record DemoConfig(OrderServiceConfig orderService) {}
