package dev.chatdesk.core.insights;

/**
 * One agent's work in a range.
 *
 * @param agent the agent's username
 * @param handled escalations in the range the agent answered first
 * @param resolved those of them the agent's team resolved (the conversation was closed)
 * @param firstResponse from those escalations to the agent's first reply
 * @param csat the ratings given in the range to conversations the agent answered
 */
public record AgentMeasures(String agent, long handled, long resolved, Durations firstResponse, Csat csat) {}
