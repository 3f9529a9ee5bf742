package dev.chatdesk.storage.bench;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.storage.jdbc.BulkConversations;
import dev.chatdesk.storage.jdbc.BulkConversations.Written;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A shop's generated support history for benchmarks, written through {@link BulkConversations}:
 * customers with names, e-mail addresses and order numbers; questions in English and Chinese, each
 * with the intent, sentiment and anger a model would read and what the bot did; about half the
 * conversations escalated, answered by one of eight agents minutes later, most resolved, some rated;
 * every status; every seventh day angrier than the rest. About ten messages a conversation.
 */
public final class GeneratedHistory {
    private static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Ines", "Jonas",
        "Kira", "Liam", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Victor", "Wen", "Yusuf"};
    private static final String[] LAST = {"Schmidt", "Novak", "Garcia", "Rossi", "Dubois", "Kowalski", "Jensen", "Silva",
        "Tanaka", "Okafor", "Moreau", "Larsen", "Costa", "Weber", "Horvat", "Nilsen", "Ivanova", "Meyer", "Santos", "Berg"};
    /** A question and the intent it is read as; complaints read negative more often. */
    private record Question(String intent, String text, boolean complaint) {}
    private static final Question[] QUESTIONS = {
        new Question("order_status", "Where is my order %s? It was due on Monday.", false),
        new Question("damaged_item", "My parcel %s arrived damaged, the box was crushed.", true),
        new Question("refund", "I want a refund for order %s, the jacket does not fit.", false),
        new Question("change_address", "Can I change the delivery address of %s?", false),
        new Question("double_charge", "I was charged twice for %s, please check my card.", true),
        new Question("returns", "How do I return the boots from order %s?", false),
        new Question("order_status", "The tracking of %s has not moved for a week.", true),
        new Question("shipping_countries", "Do you ship order %s to Norway?", false),
        new Question("damaged_item", "The zipper of the tent from %s broke after two days.", true),
        new Question("cancel_order", "Can I cancel %s before it ships?", false)};
    private static final Question[] CHINESE = {
        new Question("order_status", "我的订单%s还没有收到，已经过了一周了。", true),
        new Question("damaged_item", "订单%s的包裹破损了，我要退款。", true),
        new Question("change_address", "请帮我修改订单%s的收货地址。", false),
        new Question("double_charge", "订单%s重复扣款了，请尽快处理。", true)};
    private static final String[] REPLIES = {"I'm sorry about that. I have asked the courier to look into it.",
        "Your refund has been approved and will reach your card in 3 to 5 business days.",
        "I have updated the address; the parcel leaves our warehouse tomorrow.",
        "A replacement is on its way; you can keep the damaged one."};
    private static final String[] NOTES = {"Courier claim opened.", "Refund approved by finance.", "Customer is a repeat buyer.",
        "Escalated to the warehouse lead."};
    private static final int MESSAGES = 10;
    private static final int BATCH = 1000;

    private final Random random = new Random(20261207);
    private final List<String> orderNumbers = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();

    /**
     * Writes {@code conversations} conversations started evenly over the {@code span} before
     * {@code end}, a batch per transaction, telling {@code progress} how many are written; the
     * number of messages written.
     */
    public long write(BulkConversations bulk, int conversations, Instant end, Duration span, IntConsumer progress) {
        Instant first = end.minus(span);
        long messages = 0;
        List<BulkConversations.Generated> batch = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            BulkConversations.Generated generated = conversation(first.plusMillis(span.toMillis() / conversations * i));
            messages += generated.messages().size();
            batch.add(generated);
            if (batch.size() == BATCH || i == conversations - 1) {
                bulk.write(batch);
                batch.clear();
                progress.accept(i + 1);
            }
        }
        return messages;
    }

    /** The order numbers customers wrote, one a conversation. */
    public List<String> orderNumbers() {
        return orderNumbers;
    }

    /** The customers' e-mail addresses, one a conversation. */
    public List<String> emails() {
        return emails;
    }

    private BulkConversations.Generated conversation(Instant at) {
        String name = pick(FIRST) + " " + pick(LAST);
        String email = name.toLowerCase().replace(' ', '.') + random.nextInt(1000) + "@example.com";
        String order = "NW-" + (100_000 + random.nextInt(900_000));
        orderNumbers.add(order);
        emails.add(email);
        boolean chinese = random.nextInt(10) == 0;
        boolean angryDay = at.getEpochSecond() / 86_400 % 7 == 0;
        Question question = chinese ? CHINESE[random.nextInt(CHINESE.length)] : QUESTIONS[random.nextInt(QUESTIONS.length)];
        double anger = anger(question.complaint(), angryDay);
        List<Written> messages = new ArrayList<>();
        messages.add(customer(String.format(question.text(), order), question.intent(), anger, firstAction(), 5));
        messages.add(bot("Let me look that up for you.", 6));
        messages.add(customer(chinese ? "好的，谢谢。" : "Thanks, the number is " + order + ".", "inform", anger / 2,
                BotAction.ANSWERED, 40));
        messages.add(bot("Your parcel is with the courier and should arrive in two days.", 41));
        int roll = random.nextInt(10);
        ConversationStatus status = roll < 6 ? ConversationStatus.CLOSED : roll < 8 ? ConversationStatus.BOT
                : roll < 9 ? ConversationStatus.WAITING_FOR_AGENT : ConversationStatus.WITH_AGENT;
        Escalation escalation = null;
        String agent = null;
        if (roll % 2 == 0 || status == ConversationStatus.WAITING_FOR_AGENT || status == ConversationStatus.WITH_AGENT) {
            double fedUp = Math.min(1, anger + 0.3 * random.nextDouble());
            messages.add(customer(chinese ? "我要人工客服。" : "This is taking too long, I want to talk to a person.", "human_handoff",
                    fedUp, BotAction.ESCALATED, 70));
            EscalationReason reason = fedUp >= 0.7 ? EscalationReason.ANGER
                    : random.nextInt(4) == 0 ? EscalationReason.BOT_FAILED : EscalationReason.REQUESTED;
            escalation = new Escalation("pending", reason, "generated", "A generated escalation", List.of(), at.plusSeconds(71));
            if (status != ConversationStatus.WAITING_FOR_AGENT) {
                agent = "agent" + random.nextInt(8);
                // first replies from half a minute to about half an hour, most within five minutes
                long reply = 71 + 30 + (long) (-240 * Math.log(1 - random.nextDouble()));
                messages.add(new Written(NewMessage.by(agent, Role.AGENT, pick(REPLIES)), null, Duration.ofSeconds(reply)));
                messages.add(new Written(NewMessage.by(agent, Role.NOTE, pick(NOTES)), null, Duration.ofSeconds(reply + 20)));
                messages.add(customer("Thank you, that helps.", "thanks", 0.05, null, reply + 120));
            }
        }
        long last = messages.getLast().after().toSeconds();
        while (messages.size() < MESSAGES) {
            last += 30;
            messages.add(bot("Is there anything else I can help with?", last));
        }
        Integer rating = status == ConversationStatus.CLOSED && random.nextInt(3) == 0 ? rating(anger) : null;
        return new BulkConversations.Generated(new NewConversation("web", null, Customer.unverified(name, email), "en", null),
                messages, at, escalation, status, agent, rating);
    }

    /** Most customers are calm; complaints and the angry day run hotter. */
    private double anger(boolean complaint, boolean angryDay) {
        double base = random.nextDouble() * random.nextDouble() * 0.6;
        double heat = (complaint ? 0.2 : 0) + (angryDay ? 0.3 : 0);
        return Math.min(1, base + heat * random.nextDouble());
    }

    private BotAction firstAction() {
        int roll = random.nextInt(100);
        return roll < 55 ? BotAction.ANSWERED : roll < 75 ? BotAction.ARTICLE : roll < 83 ? BotAction.CLARIFIED
                : roll < 86 ? BotAction.DECLINED : BotAction.FALLBACK;
    }

    private int rating(double anger) {
        int rating = 5 - (int) Math.round(anger * 4 * random.nextDouble()) - random.nextInt(2);
        return Math.max(1, Math.min(5, rating));
    }

    private Written customer(String text, String intent, double anger, BotAction action, long seconds) {
        SentimentLabel sentiment = anger >= 0.4 ? SentimentLabel.NEGATIVE
                : anger < 0.1 && random.nextBoolean() ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        MessageNlu nlu = new MessageNlu(intent, 0.6 + 0.39 * random.nextDouble(), false, sentiment, 0.8, anger);
        NewMessage message = new NewMessage(Role.CUSTOMER, text, List.of(), List.of(), nlu, null, null, null);
        return new Written(message, action, Duration.ofSeconds(seconds));
    }

    private static Written bot(String text, long seconds) {
        return new Written(NewMessage.of(Role.BOT, text), null, Duration.ofSeconds(seconds));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
