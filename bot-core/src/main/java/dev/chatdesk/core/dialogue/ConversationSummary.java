package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.bot.SlotDefinition;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.nlu.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The short summary an agent reads first: what the customer wants (their goal and the message
 * that said it), the details collected, what the bot last told them, and the message that made
 * the bot hand over.
 */
public final class ConversationSummary {
    private static final int MAX_QUOTE_CHARS = 160;
    /** Intents that say how the customer feels or answers, not what they want. */
    private static final Set<String> NOT_GOALS = Set.of(BotDefinition.AFFIRM, BotDefinition.DENY, BotDefinition.HUMAN_HANDOFF,
            BotDefinition.OUT_OF_SCOPE, "greet", "goodbye", "thanks", "bot_challenge", "feedback_positive", "complaint");
    private static final int MIN_GOAL_WORDS = 3;

    private ConversationSummary() {}

    /**
     * The summary of a conversation in the given state.
     *
     * @param messages the conversation's messages so far, in order
     * @param trigger the customer message that made the bot hand over (null when the customer pressed a button)
     */
    public static String of(BotDefinition bot, DialogueState state, List<Message> messages, Message trigger) {
        Labels labels = Labels.of(bot.language());
        StringBuilder summary = new StringBuilder();
        Optional<Message> goal = goalMessage(messages);
        String goalName = goal.map(Message::nlu).filter(ConversationSummary::statesAGoal)
                .map(n -> bot.intent(n.intent()).map(IntentDefinition::title).orElse(n.intent())).orElse(null);
        summary.append(labels.goal()).append(goalName != null ? goalName : goal.isPresent() ? labels.notRecognised() : labels.notStated());
        goal.ifPresent(g -> summary.append(labels.aside().formatted(labels.quote(g.text()))));
        if (!state.slots().isEmpty()) {
            summary.append(labels.details()).append(details(bot, state.slots()));
        }
        lastOf(messages, Role.BOT, trigger).ifPresent(b -> summary.append(labels.botLastSaid()).append(labels.quote(b.text())));
        if (trigger != null && goal.map(g -> !g.id().equals(trigger.id())).orElse(true)) {
            summary.append(labels.handedOverOn()).append(labels.quote(trigger.text()));
        }
        return summary.toString();
    }

    /**
     * The customer message that says what they want: the first one the model read as one of the
     * bot's task or question intents, else the first of a few words; empty when there is none.
     */
    public static Optional<Message> goalMessage(List<Message> messages) {
        return goalMessages(messages).stream().findFirst();
    }

    /**
     * What the customer is about now, for searching help articles: the latest message that states
     * a goal (not "THIS IS RIDICULOUS" after "my parcel is late"), else the last message.
     */
    public static Optional<Message> topicMessage(List<Message> messages) {
        List<Message> goals = goalMessages(messages);
        return goals.isEmpty() ? lastOf(messages, Role.CUSTOMER, null) : Optional.of(goals.get(goals.size() - 1));
    }

    private static List<Message> goalMessages(List<Message> messages) {
        List<Message> customer = messages.stream().filter(m -> m.role() == Role.CUSTOMER).toList();
        List<Message> stated = customer.stream().filter(m -> statesAGoal(m.nlu())).toList();
        return !stated.isEmpty() ? stated
                : customer.stream().filter(m -> Words.count(m.text()) >= MIN_GOAL_WORDS).limit(1).toList();
    }

    private static boolean statesAGoal(MessageNlu nlu) {
        return nlu != null && !nlu.outOfScope() && !NOT_GOALS.contains(nlu.intent().toLowerCase(Locale.ROOT));
    }

    /** The last message of a role before the given one (or at all, when it is null). */
    private static Optional<Message> lastOf(List<Message> messages, Role role, Message before) {
        Message found = null;
        for (Message m : messages) {
            if (before != null && m.seq() >= before.seq()) {
                break;
            }
            if (m.role() == role) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The summary's words in the conversation's language: the agent reads the customer's words in their context. */
    private record Labels(String goal, String notRecognised, String notStated, String aside, String details,
            String botLastSaid, String handedOverOn, String open, String close) {
        private static final Labels ENGLISH = new Labels("Goal: ", "not recognised", "not stated yet", " (%s)", ". Details: ",
                ". Bot last said: ", ". Handed over on: ", "\"", "\"");
        private static final Labels CHINESE = new Labels("诉求：", "未识别", "尚未说明", "（%s）", "。已收集：",
                "。机器人最后说：", "。转人工时客户说：", "“", "”");

        static Labels of(Language language) {
            return language == Language.ZH ? CHINESE : ENGLISH;
        }

        /** A message's text on one line, shortened, in this language's quotation marks. */
        String quote(String text) {
            String line = text.strip().replaceAll("\\s+", " ");
            return open + (line.length() <= MAX_QUOTE_CHARS ? line : line.substring(0, MAX_QUOTE_CHARS - 1) + "…") + close;
        }
    }

    private static String details(BotDefinition bot, Map<String, String> slots) {
        return slots.entrySet().stream().map(e -> title(bot, e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** What the bot's flows call a slot, in the bot's language. */
    private static String title(BotDefinition bot, String slot) {
        return bot.flows().stream().flatMap(flow -> flow.slots().stream()).filter(s -> s.name().equals(slot))
                .map(SlotDefinition::title).findFirst().orElse(slot.replace('_', ' '));
    }
}
