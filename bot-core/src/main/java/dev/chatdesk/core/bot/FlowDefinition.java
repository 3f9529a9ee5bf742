package dev.chatdesk.core.bot;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A conversation the bot leads to get something done, from {@code flows/<name>.yml}: it starts on
 * an intent, asks for its slots one by one, then calls its action or says its closing text.
 *
 * @param name the flow's name
 * @param description what it is for, for people who edit the bot
 * @param trigger the intent that starts it
 * @param slots what it asks for, in order
 * @param action the HTTP call made with the slots (may be null)
 * @param done what the bot says at the end when there is no action (may be null)
 * @param check an HTTP call made as soon as the slots its URL names are filled, before the flow asks
 *     for more: an answer whose status it lists ends the flow with that text ("order NW-771204 has
 *     already shipped, so it can't be changed"); any other lets the flow go on (may be null)
 * @param handoff when set, the flow ends by handing the conversation to a person (with every
 *     detail it collected), and this names why, as an escalation rule does (may be null)
 */
public record FlowDefinition(
        @JsonProperty("flow") String name,
        String description,
        String trigger,
        List<SlotDefinition> slots,
        HttpAction action,
        BotResponse done,
        HttpAction check,
        String handoff) {
    /** Normalises missing parts. */
    public FlowDefinition {
        description = description == null ? "" : description;
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
