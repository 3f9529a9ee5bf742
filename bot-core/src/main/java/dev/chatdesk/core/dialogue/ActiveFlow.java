package dev.chatdesk.core.dialogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A flow under way: which slot it is asking for and what it has collected.
 *
 * @param name the flow's name
 * @param slotIndex the slot being asked for
 * @param attempts invalid answers given for that slot so far
 * @param slots the values collected so far
 */
public record ActiveFlow(String name, int slotIndex, int attempts, Map<String, String> slots) {
    /** Copies the values, keeping their order. */
    public ActiveFlow {
        slots = slots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    /** The flow with one more value, asking for the next slot. */
    ActiveFlow filled(String slot, String value) {
        Map<String, String> next = new LinkedHashMap<>(slots);
        next.put(slot, value);
        return new ActiveFlow(name, slotIndex + 1, 0, next);
    }

    /** The flow after one more invalid answer. */
    ActiveFlow failedAttempt() {
        return new ActiveFlow(name, slotIndex, attempts + 1, slots);
    }
}
