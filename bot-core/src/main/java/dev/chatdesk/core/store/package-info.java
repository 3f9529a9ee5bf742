/** The storage ports: where conversations, agents, platform deliveries and ratings live, one back end at a time. */
package dev.chatdesk.core.store;
