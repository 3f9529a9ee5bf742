package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.nlu.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a conversation carries from one bot turn to the next. Immutable; each turn makes a new one.
 *
 * @param flow the flow under way (null when none)
 * @param offered the intents offered in the last clarification, best first (empty when none)
 * @param failures bot turns in a row that did not help
 * @param recentAnger the anger of the last customer messages, oldest first (at most {@value #ANGER_WINDOW})
 * @param intentsSeen the intents the customer expressed, in the order first seen
 * @param slots every value collected by flows in this conversation
 * @param lastQuestion the customer's last message the bot could not settle: the one it asked to
 *     clarify, or could not answer (may be null)
 * @param awaitingEmail whether the bot, handing over outside the team's hours, asked for an
 *     e-mail address to reply to
 * @param language the language the conversation is in: its greeting's, then its last customer
 *     message's (null: the bot's default language)
 */
public record DialogueState(
        ActiveFlow flow,
        List<String> offered,
        int failures,
        List<Double> recentAnger,
        List<String> intentsSeen,
        Map<String, String> slots,
        String lastQuestion,
        boolean awaitingEmail,
        Language language) {
    /** How many customer messages the anger trend looks back on. */
    public static final int ANGER_WINDOW = 3;

    /** The state of a conversation that has just started. */
    public static final DialogueState INITIAL = new DialogueState(null, List.of(), 0, List.of(), List.of(), Map.of(), null, false, null);

    /** Copies the collections. */
    public DialogueState {
        offered = offered == null ? List.of() : List.copyOf(offered);
        recentAnger = recentAnger == null ? List.of() : List.copyOf(recentAnger);
        intentsSeen = intentsSeen == null ? List.of() : List.copyOf(intentsSeen);
        slots = slots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    /** This state with one more customer message's anger and intent taken into account. */
    DialogueState observe(double anger, String intent) {
        List<Double> angers = new ArrayList<>(recentAnger);
        angers.add(anger);
        while (angers.size() > ANGER_WINDOW) {
            angers.remove(0);
        }
        List<String> seen = new ArrayList<>(intentsSeen);
        if (intent != null && !seen.contains(intent)) {
            seen.add(intent);
        }
        return new DialogueState(flow, offered, failures, angers, seen, slots, lastQuestion, awaitingEmail, language);
    }

    /** This state with another flow (null when it ended). */
    DialogueState withFlow(ActiveFlow next) {
        Map<String, String> all = new LinkedHashMap<>(slots);
        if (next != null) {
            all.putAll(next.slots());
        }
        return new DialogueState(next, offered, failures, recentAnger, intentsSeen, all, lastQuestion, awaitingEmail, language);
    }

    /** This state with intents offered (empty when the clarification is over). */
    DialogueState withOffered(List<String> intents) {
        return new DialogueState(flow, intents, failures, recentAnger, intentsSeen, slots, lastQuestion, awaitingEmail, language);
    }

    /** This state after the bot asked which of these intents the message meant. */
    DialogueState clarifying(List<String> intents, String question) {
        return new DialogueState(flow, intents, failures, recentAnger, intentsSeen, slots, question, awaitingEmail, language);
    }

    /** This state after a turn that helped. */
    DialogueState helped() {
        return new DialogueState(flow, offered, 0, recentAnger, intentsSeen, slots, null, awaitingEmail, language);
    }

    /** This state after a turn that did not help with the given message. */
    DialogueState failed(String question) {
        return new DialogueState(flow, offered, failures + 1, recentAnger, intentsSeen, slots, question, awaitingEmail, language);
    }

    /** This state after the bot asked for an e-mail address to reply to (true), or got one (false). */
    public DialogueState awaitingEmail(boolean asked) {
        return new DialogueState(flow, offered, failures, recentAnger, intentsSeen, slots, lastQuestion, asked, language);
    }

    /** This state with a value the customer gave outside a flow (the e-mail address to reply to). */
    DialogueState withSlot(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(slots);
        all.put(name, value);
        return new DialogueState(flow, offered, failures, recentAnger, intentsSeen, all, lastQuestion, awaitingEmail, language);
    }

    /**
     * Whether a message is the title of an option the flow under way fetched (a button press: the
     * item "Summit GTX Hiking Boots" says nothing about the customer's language).
     */
    public boolean isFetchedOption(String text) {
        String said = text.strip();
        return flow != null && flow.options().values().stream().flatMap(List::stream)
                .anyMatch(option -> option.title().equalsIgnoreCase(said));
    }

    /** This state in a language: the conversation's from now on. */
    public DialogueState inLanguage(Language next) {
        return new DialogueState(flow, offered, failures, recentAnger, intentsSeen, slots, lastQuestion, awaitingEmail, next);
    }
}
