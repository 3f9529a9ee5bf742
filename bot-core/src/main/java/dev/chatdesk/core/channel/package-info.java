/**
 * Messaging platforms as the conversation core sees them: a {@link dev.chatdesk.core.channel.Channel}
 * sends an {@link dev.chatdesk.core.channel.OutboundMessage} to an address on its platform, or fails
 * with a {@link dev.chatdesk.core.channel.DeliveryFailedException} that agents can read.
 */
package dev.chatdesk.core.channel;
