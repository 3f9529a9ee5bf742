package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.Thresholds;
import dev.chatdesk.core.conversation.EscalationReason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Hands an angry customer to a human: anger over the threshold, or rising turn after turn. */
final class AngerPolicy implements DialoguePolicy {
    @Override
    public Optional<Decision> decide(TurnContext turn) {
        Thresholds thresholds = turn.settings().thresholds();
        List<Double> anger = turn.state().recentAnger();
        double latest = anger.isEmpty() ? 0 : anger.get(anger.size() - 1);
        if (latest >= thresholds.anger()) {
            return Optional.of(escalate(turn, String.format(Locale.ROOT, "anger %.2f", latest)));
        }
        if (anger.size() == DialogueState.ANGER_WINDOW && isRising(anger) && latest >= thresholds.angerRising()) {
            return Optional.of(escalate(turn, String.format(Locale.ROOT, "frustration rising: %s", formatted(anger))));
        }
        return Optional.empty();
    }

    private static boolean isRising(List<Double> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String formatted(List<Double> values) {
        return String.join(" -> ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    private static Decision escalate(TurnContext turn, String detail) {
        return Decision.escalate(turn.state().withFlow(null).withOffered(List.of()),
                new EscalationRequest(EscalationReason.ANGER, detail));
    }
}
