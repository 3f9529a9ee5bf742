package dev.chatdesk.core.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotSettings;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.SentimentLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an agent reads first about a conversation handed over to them. */
class ConversationSummaryTest {
    private static final BotDefinition BOT = new BotDefinition("shop", Language.EN, BotSettings.DEFAULTS, List.of(
            new IntentDefinition("delivery_problem", "", List.of("my parcel is late"), List.of(), "Delivery problem"),
            new IntentDefinition("complaint", "", List.of("this is bad"), List.of(), null)), List.of());

    private final List<Message> messages = new ArrayList<>();

    private Message say(Role role, String text, MessageNlu nlu) {
        Message m = new Message("m" + messages.size(), "c1", messages.size() + 1, role, text, Instant.EPOCH,
                List.of(), List.of(), nlu, null, null, null);
        messages.add(m);
        return m;
    }

    private static MessageNlu read(String intent, double anger) {
        return new MessageNlu(intent, 0.9, false, anger > 0.5 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL, 0.9, anger);
    }

    @Test
    void namesTheGoalTheDetailsWhatTheBotSaidAndTheAngryMessageItHandedOverOn() {
        say(Role.BOT, "Hi! How can I help?", null);
        say(Role.CUSTOMER, "hi", read("greet", 0.0));
        say(Role.CUSTOMER, "my parcel NW-830155 is a week late", read("delivery_problem", 0.2));
        say(Role.BOT, "I'm sorry it's late. Orders delayed over 5 business days can be investigated.", null);
        Message angry = say(Role.CUSTOMER, "THIS IS RIDICULOUS, where is it", read("complaint", 0.93));
        DialogueState state = DialogueState.INITIAL.withSlot("order_number", "NW-830155");

        assertEquals("Goal: Delivery problem (\"my parcel NW-830155 is a week late\"). Details: order number NW-830155. "
                + "Bot last said: \"I'm sorry it's late. Orders delayed over 5 business days can be investigated.\". "
                + "Handed over on: \"THIS IS RIDICULOUS, where is it\"", ConversationSummary.of(BOT, state, messages, angry));
    }

    @Test
    void theTopicForSuggestionsIsTheLatestGoalNotTheLastWords() {
        say(Role.CUSTOMER, "my parcel is late", read("delivery_problem", 0.2));
        say(Role.CUSTOMER, "THIS IS RIDICULOUS", read("complaint", 0.93));
        assertEquals("my parcel is late", ConversationSummary.topicMessage(messages).orElseThrow().text());
    }

    @Test
    void withoutARecognisedGoalTheFirstMessageOfAFewWordsIsQuoted() {
        say(Role.CUSTOMER, "hello", read("greet", 0.0));
        say(Role.CUSTOMER, "the thing i bought squeaks", new MessageNlu("out_of_scope", 0.3, true, SentimentLabel.NEUTRAL, 0.8, 0.1));
        assertEquals("Goal: not recognised (\"the thing i bought squeaks\")",
                ConversationSummary.of(BOT, DialogueState.INITIAL, messages, null));
    }

    @Test
    void aChineseConversationIsSummarisedInChinese() {
        BotDefinition chinese = new BotDefinition("shop", Language.ZH, BotSettings.DEFAULTS, List.of(
                new IntentDefinition("delivery_problem", "", List.of("包裹晚了"), List.of(), "快递延误")), List.of());
        say(Role.CUSTOMER, "我的包裹NW-830155晚了一周了", read("delivery_problem", 0.2));
        say(Role.BOT, "很抱歉包裹晚了。", null);
        Message angry = say(Role.CUSTOMER, "你们到底管不管？？", read("complaint", 0.9));
        DialogueState state = DialogueState.INITIAL.withSlot("order_number", "NW-830155");

        assertEquals("诉求：快递延误（“我的包裹NW-830155晚了一周了”）。已收集：order number NW-830155。"
                + "机器人最后说：“很抱歉包裹晚了。”。转人工时客户说：“你们到底管不管？？”", ConversationSummary.of(chinese, state, messages, angry));
    }

    @Test
    void aChineseMessageWithoutSpacesCanStateTheGoal() {
        say(Role.CUSTOMER, "我买的台灯一直闪", new MessageNlu("out_of_scope", 0.3, true, SentimentLabel.NEUTRAL, 0.8, 0.1));
        assertEquals("我买的台灯一直闪", ConversationSummary.goalMessage(messages).orElseThrow().text());
    }
}
