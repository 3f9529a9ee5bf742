package dev.chatdesk.core.dialogue;

import java.util.Map;
import java.util.stream.Collectors;

/** The short summary an agent reads first: the intents seen, the slots collected, the last open question. */
public final class ConversationSummary {
    private static final int MAX_QUESTION_CHARS = 200;

    private ConversationSummary() {}

    /** The summary of a conversation in the given state, whose last customer message is given. */
    public static String of(DialogueState state, String lastCustomerMessage) {
        StringBuilder summary = new StringBuilder();
        summary.append("Intents: ").append(state.intentsSeen().isEmpty() ? "none recognised" : String.join(", ", state.intentsSeen()));
        if (!state.slots().isEmpty()) {
            summary.append(". Details: ").append(state.slots().entrySet().stream()
                    .map(ConversationSummary::slot).collect(Collectors.joining(", ")));
        }
        String question = state.lastQuestion() != null ? state.lastQuestion() : lastCustomerMessage;
        if (question != null && !question.isBlank()) {
            summary.append(". Last message: \"").append(shortened(question.strip())).append('"');
        }
        return summary.toString();
    }

    private static String slot(Map.Entry<String, String> entry) {
        return entry.getKey() + " = " + entry.getValue();
    }

    private static String shortened(String text) {
        return text.length() <= MAX_QUESTION_CHARS ? text : text.substring(0, MAX_QUESTION_CHARS - 1) + "…";
    }
}
