package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.BotCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bot owner adds an example to an intent in the bot's folder and rewrites its answer while
 * customers are talking to the bot: the server trains in the background and swaps the new model
 * and the changed bot in; the example is then understood, the new answer said, and no customer's
 * message failed or went unanswered meanwhile.
 */
class RetrainingTest {
    private static final String BOT = "bike-workshop";
    private static final String INTENT = "opening_hours";
    /** Unusual ways to ask when the workshop is open: the first the served model does not read so is added. */
    private static final List<String> UNUSUAL = List.of("is anybody around at the shop at half seven",
            "can I swing by before work", "are the doors unlocked on bank holidays", "what about boxing day, anyone there?",
            "will someone be in if I turn up at lunchtime");
    private static final List<String> CUSTOMER_MESSAGES = List.of("hi", "how much is a service", "are you open on sunday",
            "what do you charge for a tune-up", "thanks, bye");
    private static final String NEW_HOURS = "From next week we're open Tuesday to Saturday, 8:30-18:00.";
    private static final int CUSTOMERS = 6;
    private static final long MOST_SECONDS_WAITED = 600;

    @Test
    void anExampleAddedToTheBotIsUnderstoodSoonAndNoCustomerMessageIsLost() throws Exception {
        Path bot = BotCopies.of(BOT);
        try (TestServer server = TestServer.start(Map.of("CHATDESK_BOT", bot.toString(),
                "CHATDESK_NLU_RETRAIN_CHECK_SECONDS", "1",
                "CHATDESK_LIMITS_REQUESTS_PER_MINUTE_PER_CLIENT", "100000"))) {
            ApiClient api = server.client();
            String added = null;
            for (String text : UNUSUAL) {
                if (!intentOf(api, text).equals(INTENT)) {
                    added = text;
                    break;
                }
            }
            assertTrue(added != null, "the served model reads every unusual wording right: find harder ones");

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> customers = new ArrayList<>();
            for (int c = 0; c < CUSTOMERS; c++) {
                customers.add(Thread.ofVirtual().start(() -> talk(api, stop, answered, failures)));
            }
            Path intentFile = bot.resolve("intents").resolve(INTENT + ".yml");
            String yaml = Files.readString(intentFile);
            String edited = yaml.replace("examples:\n", "examples:\n  - \"" + added + "\"\n")
                    .replaceAll("(?s)responses:\n.*", "responses:\n  - text: \"" + NEW_HOURS + "\"\n");
            Files.writeString(intentFile, edited);
            long changed = System.nanoTime();
            String understood = intentOf(api, added);
            while (!understood.equals(INTENT) && seconds(changed) < MOST_SECONDS_WAITED) {
                Thread.sleep(1000);
                understood = intentOf(api, added);
            }
            double waited = seconds(changed);
            int answeredDuringRetraining = answered.get();
            Thread.sleep(2000); // customers go on talking to the new model
            stop.set(true);
            for (Thread customer : customers) {
                customer.join();
            }
            System.out.printf("the added example was understood %.1f s after the file changed; %d messages answered meanwhile%n",
                    waited, answeredDuringRetraining);
            assertEquals(INTENT, understood, "the added example \"" + added + "\" after " + waited + " s");
            ApiClient.Response answer = Conversation.start(api).say("what are your opening hours");
            assertEquals(NEW_HOURS, answer.at("/replies/0/text").asText(), "the edited response is said");
            assertEquals(List.of(), List.copyOf(failures));
            assertTrue(answered.get() > answeredDuringRetraining && answeredDuringRetraining > 0, answered + " answered");
        }
    }

    /** One customer after another, each saying the messages in turn; what fails is written down. */
    private static void talk(ApiClient api, AtomicBoolean stop, AtomicInteger answered, ConcurrentLinkedQueue<String> failures) {
        while (!stop.get()) {
            try {
                Conversation conversation = Conversation.start(api);
                for (String text : CUSTOMER_MESSAGES) {
                    ApiClient.Response turn = conversation.say(text);
                    if (turn.status() != 200 || turn.at("/replies").isEmpty() || turn.at("/nlu/intent/name").isMissingNode()) {
                        failures.add(turn.status() + " for \"" + text + "\": " + turn.text());
                    } else {
                        answered.incrementAndGet();
                    }
                }
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    private static String intentOf(ApiClient api, String text) throws Exception {
        return Conversation.start(api).say(text).at("/nlu/intent/name").asText();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** A customer's conversation through the API. */
    private record Conversation(ApiClient api, String id, String token) {
        static Conversation start(ApiClient api) throws Exception {
            ApiClient.Response started = api.post("/api/v1/conversations", null,
                    ApiClient.object().set("customer", ApiClient.object().put("name", "Kim")));
            assertEquals(201, started.status(), started.text());
            return new Conversation(api, started.at("/conversationId").asText(), started.at("/token").asText());
        }

        ApiClient.Response say(String text) throws Exception {
            return api.post("/api/v1/conversations/" + id + "/messages", token, ApiClient.object().put("text", text));
        }
    }
}
