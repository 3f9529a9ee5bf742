package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.FlowDefinition;
import dev.chatdesk.core.bot.SlotDefinition;
import dev.chatdesk.core.bot.SlotOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flow under way: what it has collected, the options it fetched, and how often the slot it is
 * asking for got an answer it could not read.
 *
 * @param name the flow's name
 * @param attempts invalid answers given for the slot being asked for
 * @param slots the values collected so far
 * @param options the options fetched for choice slots, by slot (an empty list: the fetch failed,
 *     and the slot takes any text)
 * @param said the customer's messages in the flow so far, oldest first: options fetched later are
 *     looked for in them too ("my boots are damaged", then the order number)
 * @param checked the slot values the flow's check passed with (null before it ran)
 */
public record ActiveFlow(String name, int attempts, Map<String, String> slots, Map<String, List<SlotOption>> options,
        List<String> said, Map<String, String> checked) {
    /** Copies the collections, keeping their order. */
    public ActiveFlow {
        slots = slots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        said = said == null ? List.of() : List.copyOf(said);
        checked = checked == null ? null : Map.copyOf(checked);
    }

    /** A flow that has just started with the given message. */
    static ActiveFlow started(String name, String message) {
        return new ActiveFlow(name, 0, Map.of(), Map.of(), List.of(message), null);
    }

    /** The flow after one more customer message. */
    ActiveFlow hearing(String message) {
        List<String> all = new ArrayList<>(said);
        all.add(message);
        return new ActiveFlow(name, attempts, slots, options, all, checked);
    }

    /** The first slot of the flow that has no value yet, if any. */
    Optional<SlotDefinition> pending(FlowDefinition flow) {
        return flow.slots().stream().filter(s -> !slots.containsKey(s.name())).findFirst();
    }

    /** The flow with a value set or replaced. */
    ActiveFlow with(String slot, String value) {
        Map<String, String> next = new LinkedHashMap<>(slots);
        next.put(slot, value);
        return new ActiveFlow(name, attempts, next, options, said, checked);
    }

    /** The flow without these values (and the options fetched for them). */
    ActiveFlow without(Collection<String> names) {
        Map<String, String> nextSlots = new LinkedHashMap<>(slots);
        Map<String, List<SlotOption>> nextOptions = new LinkedHashMap<>(options);
        names.forEach(n -> {
            nextSlots.remove(n);
            nextOptions.remove(n);
        });
        return new ActiveFlow(name, attempts, nextSlots, nextOptions, said, checked);
    }

    /** The flow with the options fetched for a slot. */
    ActiveFlow withOptions(String slot, List<SlotOption> fetched) {
        Map<String, List<SlotOption>> next = new LinkedHashMap<>(options);
        next.put(slot, List.copyOf(fetched));
        return new ActiveFlow(name, attempts, slots, next, said, checked);
    }

    /** The flow after its check passed with these values. */
    ActiveFlow checkedWith(Map<String, String> values) {
        return new ActiveFlow(name, attempts, slots, options, said, values);
    }

    /** The flow after one more invalid answer. */
    ActiveFlow failedAttempt() {
        return new ActiveFlow(name, attempts + 1, slots, options, said, checked);
    }

    /** The flow after a valid answer. */
    ActiveFlow answered() {
        return new ActiveFlow(name, 0, slots, options, said, checked);
    }
}
