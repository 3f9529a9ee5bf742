/** Conversations as they are stored: messages with their NLU, status, escalations, agents, and the store port. */
package dev.chatdesk.core.conversation;
