package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.conversation.BotAction;
import java.util.List;
import java.util.Optional;

/**
 * Understands the answer to "did you mean one of these?": a button, the title of an offer, "yes"
 * or "that one" (the first offer), "the second one", or "no".
 */
final class ClarificationAnswerPolicy implements DialoguePolicy {
    private final IntentPolicy intents;

    ClarificationAnswerPolicy(IntentPolicy intents) {
        this.intents = intents;
    }

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        List<String> offered = turn.state().offered();
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        TurnContext settled = turn.withState(turn.state().withOffered(List.of()));
        Optional<String> chosen = chosen(turn, offered);
        if (chosen.isPresent()) {
            // The clarified message, not the answer to "which one?", holds the details ("... NW-771204 ...").
            String question = turn.state().lastQuestion();
            return intents.answer(question == null ? settled : settled.withText(question), chosen.get());
        }
        if (YesNo.read(turn) == YesNo.NO) {
            return Optional.of(Decision.reply(settled.state(), TurnContext.botMessage(
                    turn.phrases().otherWords(), List.of(), List.of())).as(BotAction.DECLINED));
        }
        return Optional.empty();
    }

    private static Optional<String> chosen(TurnContext turn, List<String> offered) {
        if (offered.contains(turn.intent().name()) && turn.intent().confidence() >= 1.0) {
            return Optional.of(turn.intent().name());
        }
        String answer = YesNo.normalise(turn.text());
        for (String intent : offered) {
            String title = turn.bot().intent(intent).map(i -> YesNo.normalise(i.title())).orElse("");
            if (answer.equals(title)) {
                return Optional.of(intent);
            }
        }
        Integer ordinal = turn.phrases().ordinals().get(answer);
        if (ordinal != null && ordinal < offered.size()) {
            return Optional.of(offered.get(ordinal));
        }
        if (YesNo.read(turn) == YesNo.YES) {
            return Optional.of(offered.get(0));
        }
        return Optional.empty();
    }
}
