package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.EscalationReason;
import java.util.List;
import java.util.Optional;

/**
 * Says plainly what the bot cannot do, and hands the customer to a human when it has failed too
 * many times in a row. Always decides: it is the last policy.
 */
final class FallbackPolicy implements DialoguePolicy {
    @Override
    public Optional<Decision> decide(TurnContext turn) {
        DialogueState failed = turn.state().withOffered(List.of()).failed(turn.text());
        if (failed.failures() >= turn.settings().escalation().maxFailures()) {
            return Optional.of(Decision.escalate(failed.withFlow(null), new EscalationRequest(EscalationReason.BOT_FAILED,
                    turn.phrases().couldNotHelp().formatted(failed.failures()))).as(BotAction.FALLBACK));
        }
        var fallback = turn.say(turn.settings().fallback());
        // The bot's own buttons for its fallback, else the one that asks for a person.
        var withButton = fallback.quickReplies().isEmpty()
                ? TurnContext.botMessage(fallback.text(), turn.handoffButton(), List.of())
                : fallback;
        return Optional.of(Decision.reply(failed, withButton).as(BotAction.FALLBACK));
    }
}
