package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.ManualClock;
import dev.chatdesk.core.channel.Channel;
import dev.chatdesk.core.channel.OutboundMessage;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.memory.InMemoryStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What a stopped server stored but did not send goes out later, and only what is older than the cutoff. */
class PlatformDeliveryTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final PlatformDelivery delivery = new PlatformDelivery(List.of(new RecordingChannel()), stores.conversations(),
            stores.deliveries(), Runnable::run);

    @Test
    void onlyWhatIsOlderThanTheCutoffIsSentAndMarkedDeliveredTheRestLater() throws Exception {
        String id = stores.conversations().create(new NewConversation("telegram", "42", null, "en", null)).id();
        stores.conversations().append(id, NewMessage.of(Role.BOT, "left by a node that died"));
        clock.advance(Duration.ofMinutes(20));
        Message recent = stores.conversations().append(id, NewMessage.of(Role.BOT, "another node is sending this"));

        assertEquals(1, delivery.resendUndelivered(clock.instant().minus(Duration.ofMinutes(10))).get().intValue());
        delivery.drain(Duration.ofSeconds(5));

        assertEquals(List.of("left by a node that died"), sent);
        assertEquals(List.of(recent), stores.deliveries().undeliveredMessages());
        assertEquals(1, delivery.resendUndelivered(Instant.MAX).get().intValue());
        delivery.drain(Duration.ofSeconds(5));
        assertEquals(List.of("left by a node that died", "another node is sending this"), sent);
        assertEquals(List.of(), stores.deliveries().undeliveredMessages());
    }

    /** A platform that takes every message at once. */
    private final class RecordingChannel implements Channel {
        @Override
        public String name() {
            return "telegram";
        }

        @Override
        public String displayName() {
            return "Telegram";
        }

        @Override
        public CompletableFuture<Void> send(String address, OutboundMessage message) {
            sent.add(message.text());
            return CompletableFuture.completedFuture(null);
        }
    }
}
