package dev.chatdesk.storage.bench;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.storage.jdbc.BulkConversations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The agents' search on a large store: fills it with generated conversations (customers with
 * names, e-mail addresses and order numbers; questions, bot answers, agent replies and notes in
 * English and Chinese; every status) and times searches of the kinds agents make, as the inbox
 * makes them (the first page of 25, newest activity first).
 */
public final class SearchBenchmark {
    private static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Ines", "Jonas",
        "Kira", "Liam", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Victor", "Wen", "Yusuf"};
    private static final String[] LAST = {"Schmidt", "Novak", "Garcia", "Rossi", "Dubois", "Kowalski", "Jensen", "Silva",
        "Tanaka", "Okafor", "Moreau", "Larsen", "Costa", "Weber", "Horvat", "Nilsen", "Ivanova", "Meyer", "Santos", "Berg"};
    private static final String[] QUESTIONS = {
        "Where is my order %s? It was due on Monday.", "My parcel %s arrived damaged, the box was crushed.",
        "I want a refund for order %s, the jacket does not fit.", "Can I change the delivery address of %s?",
        "I was charged twice for %s, please check my card.", "How do I return the boots from order %s?",
        "The tracking of %s has not moved for a week.", "Do you ship order %s to Norway?",
        "The zipper of the tent from %s broke after two days.", "Can I cancel %s before it ships?"};
    private static final String[] CHINESE = {"我的订单%s还没有收到，已经过了一周了。", "订单%s的包裹破损了，我要退款。",
        "请帮我修改订单%s的收货地址。", "订单%s重复扣款了，请尽快处理。"};
    private static final String[] REPLIES = {"I'm sorry about that. I have asked the courier to look into it.",
        "Your refund has been approved and will reach your card in 3 to 5 business days.",
        "I have updated the address; the parcel leaves our warehouse tomorrow.",
        "A replacement is on its way; you can keep the damaged one."};
    private static final String[] NOTES = {"Courier claim opened.", "Refund approved by finance.", "Customer is a repeat buyer.",
        "Escalated to the warehouse lead."};

    /** One kind of search: what it looks for and how long it took, a millisecond value per run. */
    public record Kind(String name, int runs, double p50Millis, double p99Millis, double meanHits) {}

    /** What a run measured: the store's size, the time to fill it, and each kind of search. */
    public record Result(int conversations, long messages, double fillSeconds, double p50Millis, double p99Millis,
            List<Kind> kinds) {}

    private final Random random = new Random(20261207);
    private final List<String> orderNumbers = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();

    /**
     * Fills the store with {@code conversations} conversations (about ten messages each), in batches
     * through {@code bulk}, telling {@code progress} how many are written; then runs {@code runs} searches of each kind.
     */
    public Result run(BulkConversations bulk, ConversationStore store, int conversations, int runs, IntConsumer progress) {
        long started = System.nanoTime();
        long messages = fill(bulk, conversations, progress);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Supplier<ConversationQuery>> kinds = new LinkedHashMap<>();
        ConversationQuery page = ConversationQuery.all(25);
        kinds.put("order number", () -> page.withText(pick(orderNumbers)));
        kinds.put("e-mail address", () -> page.withText(pick(emails)));
        kinds.put("customer name", () -> page.withText(pick(FIRST) + " " + pick(LAST)));
        kinds.put("common word", () -> page.withText(pick(new String[] {"refund", "parcel", "tracking", "address"})));
        kinds.put("two words, open only", () -> page.withText(pick(new String[] {"damaged box", "charged twice", "zipper tent"}))
                .withStatuses(EnumSet.complementOf(EnumSet.of(ConversationStatus.CLOSED))));
        kinds.put("chinese", () -> page.withText(pick(new String[] {"退款", "收货地址", "扣款"})));
        kinds.put("no words, unassigned", () -> page.withStatuses(EnumSet.of(ConversationStatus.WAITING_FOR_AGENT)));
        kinds.put("an agent's resolved", () -> page.withStatuses(EnumSet.of(ConversationStatus.CLOSED)).visibleTo("agent3"));
        for (int i = 0; i < Math.min(runs, 20); i++) {
            kinds.values().forEach(query -> store.search(query.get())); // warm-up: the JIT and the database's caches
        }
        List<Kind> results = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, Supplier<ConversationQuery>> kind : kinds.entrySet()) {
            double[] millis = new double[runs];
            long hits = 0;
            for (int i = 0; i < runs; i++) {
                ConversationQuery query = kind.getValue().get();
                long t0 = System.nanoTime();
                hits += store.search(query).items().size();
                millis[i] = (System.nanoTime() - t0) / 1e6;
                all.add(millis[i]);
            }
            Arrays.sort(millis);
            results.add(new Kind(kind.getKey(), runs, percentile(millis, 0.5), percentile(millis, 0.99), (double) hits / runs));
        }
        double[] every = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(conversations, messages, fillSeconds, percentile(every, 0.5), percentile(every, 0.99), results);
    }

    private long fill(BulkConversations bulk, int conversations, IntConsumer progress) {
        Instant first = Instant.now().minus(Duration.ofDays(90));
        long messages = 0;
        List<BulkConversations.Generated> batch = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            BulkConversations.Generated generated = conversation(first.plusMillis((long) i * 90 * 86_400_000L / conversations));
            messages += generated.messages().size();
            batch.add(generated);
            if (batch.size() == 1000 || i == conversations - 1) {
                bulk.write(batch);
                batch.clear();
                progress.accept(i + 1);
            }
        }
        return messages;
    }

    private BulkConversations.Generated conversation(Instant at) {
        String name = pick(FIRST) + " " + pick(LAST);
        String email = name.toLowerCase().replace(' ', '.') + random.nextInt(1000) + "@example.com";
        String order = "NW-" + (100_000 + random.nextInt(900_000));
        orderNumbers.add(order);
        emails.add(email);
        boolean chinese = random.nextInt(10) == 0;
        List<NewMessage> messages = new ArrayList<>();
        messages.add(NewMessage.of(Role.CUSTOMER, String.format(chinese ? pick(CHINESE) : pick(QUESTIONS), order)));
        messages.add(NewMessage.of(Role.BOT, "Let me look that up for you."));
        messages.add(NewMessage.of(Role.CUSTOMER, chinese ? "好的，谢谢。" : "Thanks, the number is " + order + "."));
        messages.add(NewMessage.of(Role.BOT, "Your parcel is with the courier and should arrive in two days."));
        int roll = random.nextInt(10);
        ConversationStatus status = roll < 6 ? ConversationStatus.CLOSED : roll < 8 ? ConversationStatus.BOT
                : roll < 9 ? ConversationStatus.WAITING_FOR_AGENT : ConversationStatus.WITH_AGENT;
        Escalation escalation = null;
        String assignee = null;
        if (roll % 2 == 0 || status == ConversationStatus.WAITING_FOR_AGENT || status == ConversationStatus.WITH_AGENT) {
            messages.add(NewMessage.of(Role.CUSTOMER, chinese ? "我要人工客服。" : "This is taking too long, I want to talk to a person."));
            escalation = new Escalation("pending", EscalationReason.values()[random.nextInt(3)], "generated", "A generated escalation",
                    List.of(), at.plusSeconds(5));
            if (status != ConversationStatus.WAITING_FOR_AGENT) {
                String agent = "agent" + random.nextInt(8);
                messages.add(NewMessage.by(agent, Role.AGENT, pick(REPLIES)));
                messages.add(NewMessage.by(agent, Role.NOTE, pick(NOTES)));
                messages.add(NewMessage.of(Role.CUSTOMER, "Thank you, that helps."));
                assignee = agent;
            }
        }
        while (messages.size() < 10) {
            messages.add(NewMessage.of(Role.BOT, "Is there anything else I can help with?"));
        }
        return new BulkConversations.Generated(new NewConversation("web", null, Customer.unverified(name, email), "en", null),
                messages, at, escalation, status, assignee);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
