package dev.chatdesk.core.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves the flow under way when the customer says so ("stop", "never mind, it just arrived").
 * Asked before anything else: a curt "stop" reads as angry to the model, but it only means stop.
 */
final class LeaveFlowPolicy implements DialoguePolicy {
    private static final Set<String> STOP_WORDS = Set.of("stop", "cancel", "never mind", "nevermind", "forget it", "quit", "exit",
            "stop it", "cancel that", "forget about it", "leave it");
    /** A message that opens with one of these leaves the flow whatever follows ("actually never mind, it just arrived"). */
    private static final Pattern LEAVING = Pattern.compile(
            "^(?:(?:actually|oh|ok|okay|sorry|no|wait)\\s+)*(?:never mind|nevermind|forget it|forget about it|stop|leave it)\\b");

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        if (turn.state().flow() == null) {
            return Optional.empty();
        }
        String said = YesNo.normalise(turn.text());
        if (!STOP_WORDS.contains(said) && !LEAVING.matcher(said).find()) {
            return Optional.empty();
        }
        return Optional.of(Decision.reply(turn.state().withFlow(null).helped(),
                TurnContext.botMessage("Okay, I've stopped that. What else can I help you with?", List.of(), List.of())));
    }
}
