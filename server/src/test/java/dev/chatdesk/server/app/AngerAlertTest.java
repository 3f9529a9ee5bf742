package dev.chatdesk.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.chatdesk.core.ManualClock;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.insights.Alert;
import dev.chatdesk.core.insights.AngerWatch;
import dev.chatdesk.core.insights.AngerWatch.Outcome;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import dev.chatdesk.storage.sqlite.SqliteStorage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of angry customers raises one sentiment alert, posted once to the team's webhook (a
 * Slack-compatible one on 127.0.0.1 here), kept open while the share stays high and cleared when it
 * falls; a webhook that fails gets the alert at the next check.
 */
class AngerAlertTest {
    private static final Instant START = Instant.parse("2026-03-03T14:00:00Z");
    private static final double ANGRY_AT = 0.7;

    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock(START);
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer webhook;
    private JdbcStorage storage;
    private AngerWatch watch;

    @BeforeEach
    void start() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/services/T000/B000/XXXX", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
            exchange.close();
        });
        webhook.start();
        storage = SqliteStorage.open(dataDir.resolve("chatdesk.db"), clock);
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/services/T000/B000/XXXX";
        watch = new AngerWatch(storage.insights(), ANGRY_AT, 0.2, new SlackAlertWebhook(url), clock);
        // A week in which one conversation in ten between 14:00 and 15:00 had an angry customer.
        for (int day = 0; day < 7; day++) {
            at(START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(5)));
            conversations(10, 1);
        }
    }

    @AfterEach
    void stop() {
        storage.close();
        webhook.stop(0);
    }

    @Test
    void aBurstOfAngryConversationsRaisesOneAlertPostedOnceThatClearsWhenTheShareFalls() throws Exception {
        Instant today = START.plus(Duration.ofDays(7));
        at(today.plus(Duration.ofMinutes(10)));
        conversations(10, 6);

        at(today.plus(Duration.ofMinutes(60)));
        assertEquals(Outcome.RAISED, watch.check(), "60% angry against 10% usually");
        at(today.plus(Duration.ofMinutes(65)));
        assertEquals(Outcome.STILL_OPEN, watch.check());
        assertEquals(Outcome.STILL_OPEN, watch.check());

        assertEquals(1, posted.size(), "posted once: " + posted);
        JsonNode message = new ObjectMapper().readTree(posted.getFirst());
        assertTrue(message.at("/text").asText().contains("6 of 10 conversations in the last hour (60%), against 10% usually"),
                message.toString());
        Alert open = storage.insights().openAlert(AngerWatch.KIND).orElseThrow();
        assertNotNull(open.postedAt());

        at(today.plus(Duration.ofMinutes(70)));
        conversations(10, 0);
        at(today.plus(Duration.ofMinutes(130)));
        assertEquals(Outcome.CLEARED, watch.check(), "the last hour was calm");
        assertEquals(Outcome.CALM, watch.check());
        assertFalse(storage.insights().openAlert(AngerWatch.KIND).isPresent());
        List<Alert> alerts = storage.insights().alerts(today, today.plus(Duration.ofDays(1)));
        assertEquals(1, alerts.size());
        assertEquals(today.plus(Duration.ofMinutes(130)), alerts.getFirst().clearedAt());
        assertEquals(1, posted.size(), "nothing more was posted");
    }

    @Test
    void aQuietHourRaisesNothingAndAFailedPostIsMadeAgainAtTheNextCheck() {
        Instant today = START.plus(Duration.ofDays(7));
        at(today.plus(Duration.ofMinutes(10)));
        conversations(4, 4);
        at(today.plus(Duration.ofMinutes(60)));
        assertEquals(Outcome.CALM, watch.check(), "four conversations say too little");

        conversations(4, 4);
        failuresLeft.set(1);
        assertEquals(Outcome.RAISED, watch.check());
        assertEquals(1, posted.size());
        assertEquals(null, storage.insights().openAlert(AngerWatch.KIND).orElseThrow().postedAt(), "the webhook failed");
        assertEquals(Outcome.STILL_OPEN, watch.check());
        assertEquals(2, posted.size(), "posted again");
        assertNotNull(storage.insights().openAlert(AngerWatch.KIND).orElseThrow().postedAt());
        watch.check();
        assertEquals(2, posted.size(), "and not again once taken");
    }

    /** Writes {@code count} conversations, a customer message each, the first {@code angry} of them angry. */
    private void conversations(int count, int angry) {
        for (int i = 0; i < count; i++) {
            String id = storage.conversations().create(new NewConversation("web", null, Customer.ANONYMOUS, "en", null)).id();
            Message message = storage.conversations().append(id, NewMessage.fromCustomer("where is my parcel", null));
            double anger = i < angry ? 0.9 : 0.1;
            storage.conversations().completeTurn(id, message.id(), new MessageNlu("order_status", 0.9, false,
                    anger > ANGRY_AT ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL, 0.8, anger),
                    new TurnOutcome(List.of(), null, ConversationStatus.BOT, null));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private void at(Instant time) {
        clock.advance(Duration.between(clock.instant(), time));
    }
}
