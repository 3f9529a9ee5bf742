package dev.chatdesk.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.connectors.web.CustomerIdentity;
import dev.chatdesk.core.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Writes a support history into a running server through its HTTP API, as customers, agents and an
 * admin would have made it, day by day on a {@link ManualClock}: customers ask the demo shop's
 * questions in English and Chinese, some the bot cannot answer, some angry (more so every seventh
 * day); some press "talk to a person"; three agents claim, answer after minutes and resolve; some
 * customers rate. Most are the shop's signed-in customers, who come back over the days. Every message goes through the real model, dialogue manager and store.
 */
public final class DemoHistorySeeder {
    /** The demo's agents: username, name customers see. */
    private static final List<List<String>> AGENTS = List.of(List.of("anna", "Anna"), List.of("ben", "Ben"), List.of("mei", "Mei"));
    private static final String AGENT_PASSWORD = "demo-agent-password";
    /** Agents sign in again after this long on the seed clock: their sessions last hours of it. */
    private static final Duration SESSION_USE = Duration.ofHours(6);
    private static final List<String> QUESTIONS = List.of(
            "where is my order NW-482913?", "what are your opening hours?", "how much does shipping to Germany cost?",
            "do you ship to Norway?", "how do I return the boots I bought last week?", "can I change the size of my jacket order?",
            "my refund still hasn't arrived", "I was charged twice for one order", "which size should I take, I'm 182 cm?",
            "do you have the trail runner in size 44?", "is there a discount code for students?", "the zip of my new jacket broke",
            "can I still cancel my order from this morning?", "what payment methods do you take?", "how do I wash a down jacket?",
            "我的订单什么时候发货？", "运费多少钱？", "怎么退货？", "可以用支付宝付款吗？", "你们的营业时间是几点到几点？");
    /** Questions the demo bot has no answer for, a few wordings of each: what the insights group. */
    private static final List<String> UNANSWERABLE = List.of(
            "can you recommend a hotel near the trailhead?", "any hotel tips close to the trail start?",
            "do you rent out kayaks for the weekend?", "can I hire a kayak from you?", "kayak rental for two days?",
            "will it rain in the alps on saturday?", "what's the weather forecast for the alps this weekend?",
            "can you engrave my initials on the flask?", "do you do engraving on bottles?",
            "do you sponsor hiking clubs?", "would you sponsor our hiking club's trip?",
            "can I bring my dog to your warehouse sale?", "你们招聘兼职吗？", "你们招兼职店员吗？");
    private static final List<String> ANGRY = List.of(
            "This is ridiculous!!! Third time my parcel is late and nobody answers me!",
            "You charged me twice and I want my money back NOW, this is a scam!",
            "Absolutely useless service, the jacket fell apart after one day and I am furious!",
            "太离谱了！！一个星期了还没发货，你们到底在干什么！");
    private static final List<String> THANKS = List.of("thanks, that helps!", "great, thank you", "ok thanks", "谢谢！");
    private static final List<String> REPLIES = List.of(
            "I'm sorry about that. I've looked into your order and a courier claim is open; you'll hear from us tomorrow.",
            "Thanks for waiting. I've refunded the double charge; it reaches your card in 3 to 5 working days.",
            "I've arranged a replacement; it leaves our warehouse today and you can keep the faulty one.",
            "Done: your order now ships to the new address. Anything else I can do?");

    /** The identity secret of the seeding server: the demo's returning customers are signed in with it. */
    private static final String IDENTITY_SECRET = "demo-seed-identity-secret";

    /**
     * What the seeding server's environment adds: the seeder is one client making thousands of calls
     * and logins in minutes, it signs its returning customers in with the server's identity secret,
     * and its Chinese customers need the Chinese model from the first message.
     */
    public static final Map<String, String> SERVER_ENVIRONMENT = Map.of(
            "CHATDESK_NLU_TRAIN_OTHER_LANGUAGES_AFTER_START", "false",
            "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "1000000",
            "CHATDESK_LIMITS_LOGIN_ATTEMPTS_PER_MINUTE", "1000000",
            "CHATDESK_LIMITS_MESSAGES_PER_MINUTE_PER_CONVERSATION", "1000000",
            "CHATDESK_AUTH_CUSTOMER_IDENTITY_SECRET", IDENTITY_SECRET);

    /** The shop's customers: two in three conversations are theirs, signed in, so they come back; the rest are anonymous visitors. */
    private static final List<String> CUSTOMERS = List.of("Mira Lind", "Tomas Berg", "Priya Raman", "Jonas Weber", "Sofia Rossi",
            "Liam Byrne", "Emma Novak", "Kenji Sato", "Ana Costa", "Noah Fischer", "Chloé Martin", "Ravi Shah", "王芳", "李伟",
            "张敏", "刘洋", "陈静", "赵磊");

    private final SeedApi api;
    private final ManualClock clock;
    private final String adminPassword;
    private final Random random;

    /** Seeds the server listening on {@code port}, whose clock is {@code clock}, signing in as admin with the password. */
    public DemoHistorySeeder(int port, ManualClock clock, String adminPassword, Random random) {
        this.api = new SeedApi(port);
        this.clock = clock;
        this.adminPassword = adminPassword;
        this.random = random;
    }

    /**
     * What a seeding wrote.
     *
     * @param conversations conversations started
     * @param handedOver those an agent answered
     * @param rated those the customer rated
     */
    public record Seeded(int conversations, int handedOver, int rated) {}

    /**
     * Writes {@code perDay} conversations (give or take a third) on each of the {@code days} days up
     * to yesterday before {@code today}, telling {@code progress} each day done.
     *
     * @throws IOException when the server refuses a call
     */
    public Seeded seed(LocalDate today, int days, int perDay, IntConsumer progress) throws IOException {
        int conversations = 0;
        int handedOver = 0;
        int rated = 0;
        clock.set(today.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant());
        createAgents();
        for (int d = days; d >= 1; d--) {
            LocalDate day = today.minusDays(d);
            boolean angryDay = day.toEpochDay() % 7 == 0;
            int count = perDay * 2 / 3 + random.nextInt(perDay * 2 / 3 + 1);
            List<Instant> starts = random.ints(count, 8 * 3600, 21 * 3600).sorted()
                    .mapToObj(second -> day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(second)).toList();
            String[] agents = null;
            Instant signedIn = Instant.MIN;
            for (Instant start : starts) {
                clock.set(start);
                if (start.isAfter(signedIn.plus(SESSION_USE))) {
                    agents = signInAgents();
                    signedIn = start;
                }
                Conversation conversation = converse(angryDay);
                conversations++;
                if (conversation.waiting() && (d > 1 || random.nextInt(4) > 0)) {
                    handOver(conversation, agents[random.nextInt(agents.length)]);
                    handedOver++;
                }
                if (conversation.wouldRate(random)) {
                    int rating = conversation.rating(random);
                    api.post("/api/v1/conversations/" + conversation.id() + "/feedback", conversation.token(),
                            SeedApi.object().put("rating", rating));
                    rated++;
                }
            }
            progress.accept(days - d + 1);
        }
        return new Seeded(conversations, handedOver, rated);
    }

    /** One customer's conversation up to where the bot leaves it. */
    private record Conversation(String id, String token, boolean angry, boolean waiting) {
        boolean wouldRate(Random random) {
            return random.nextInt(10) < (waiting ? 6 : 3);
        }

        int rating(Random random) {
            return angry ? 1 + random.nextInt(3) : 3 + random.nextInt(3);
        }
    }

    private Conversation converse(boolean angryDay) throws IOException {
        int roll = random.nextInt(100);
        boolean angry = roll < (angryDay ? 35 : 10);
        boolean unanswerable = !angry && roll < (angryDay ? 45 : 22);
        String locale = random.nextInt(5) == 0 ? "zh-CN" : "en";
        JsonNode started = api.post("/api/v1/conversations", null, SeedApi.object().put("locale", locale).set("customer", customer()));
        String id = started.at("/conversationId").asText();
        String token = started.at("/token").asText();
        String status;
        if (angry) {
            status = say(id, token, pick(ANGRY));
        } else if (unanswerable) {
            status = say(id, token, pick(UNANSWERABLE));
            status = status.equals("bot") ? say(id, token, pick(UNANSWERABLE)) : status;
        } else {
            status = say(id, token, pick(QUESTIONS));
            if (status.equals("bot") && random.nextInt(10) < 4) {
                status = say(id, token, pick(QUESTIONS));
            }
            if (status.equals("bot") && random.nextInt(10) < 3) {
                clock.advance(Duration.ofSeconds(20 + random.nextInt(60)));
                status = api.post("/api/v1/conversations/" + id + "/handoff", token, SeedApi.object()).at("/status").asText();
            } else if (status.equals("bot") && random.nextBoolean()) {
                status = say(id, token, pick(THANKS));
            }
        }
        return new Conversation(id, token, angry, !status.equals("bot"));
    }

    /** One of the shop's signed-in customers (who come back), or an anonymous visitor who gives a name. */
    private ObjectNode customer() {
        int number = random.nextInt(CUSTOMERS.size());
        ObjectNode customer = SeedApi.object().put("name", CUSTOMERS.get(number)).put("email", "customer" + (number + 1) + "@example.com");
        if (random.nextInt(3) > 0) {
            String id = "demo-" + (number + 1);
            customer.put("externalId", id).put("identityHash", CustomerIdentity.hash(IDENTITY_SECRET, id));
        }
        return customer;
    }

    /** The customer writes (after a moment's typing); the status after the bot's turn. */
    private String say(String id, String token, String text) throws IOException {
        clock.advance(Duration.ofSeconds(15 + random.nextInt(75)));
        return api.post("/api/v1/conversations/" + id + "/messages", token, SeedApi.object().put("text", text)).at("/status").asText();
    }

    /** An agent claims the conversation after some minutes, answers and resolves it. */
    private void handOver(Conversation conversation, String agentToken) throws IOException {
        String path = "/api/v1/agent/conversations/" + conversation.id();
        clock.advance(Duration.ofSeconds(30 + (long) (-240 * Math.log(1 - random.nextDouble()))));
        api.post(path + "/claim", agentToken, SeedApi.object());
        clock.advance(Duration.ofSeconds(20 + random.nextInt(60)));
        api.post(path + "/messages", agentToken, SeedApi.object().put("text", pick(REPLIES)));
        clock.advance(Duration.ofSeconds(60 + random.nextInt(240)));
        api.post("/api/v1/conversations/" + conversation.id() + "/messages", conversation.token(),
                SeedApi.object().put("text", pick(THANKS)));
        clock.advance(Duration.ofSeconds(60 + random.nextInt(600)));
        api.post(path + "/resolve", agentToken, SeedApi.object());
    }

    private void createAgents() throws IOException {
        String admin = api.login("admin", adminPassword);
        for (List<String> agent : AGENTS) {
            api.postUnlessConflict("/api/v1/admin/agents", admin, SeedApi.object().put("username", agent.get(0))
                    .put("password", AGENT_PASSWORD).put("role", "agent").put("displayName", agent.get(1)));
        }
    }

    /** Signs the agents in. */
    private String[] signInAgents() throws IOException {
        String[] tokens = new String[AGENTS.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = api.login(AGENTS.get(i).get(0), AGENT_PASSWORD);
        }
        return tokens;
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
