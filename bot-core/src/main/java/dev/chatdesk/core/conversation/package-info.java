/** Conversations as they are stored: messages with their NLU, status, escalations, customers, agents, ratings. */
package dev.chatdesk.core.conversation;
