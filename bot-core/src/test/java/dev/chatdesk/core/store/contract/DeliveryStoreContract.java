package dev.chatdesk.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.PendingDelivery;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.DeliveryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryStore} does: the platforms' inbox of deliveries and outbox of replies.
 * Each back end runs it by extending it with its own stores.
 */
public abstract class DeliveryStoreContract extends StoreContract {
    private DeliveryStore store;

    /** The suite over stores {@code backEnd} opens in an empty directory, on a clock. */
    protected DeliveryStoreContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        super(backEnd);
    }

    @BeforeEach
    void useDeliveryStore() {
        store = stores.deliveries();
    }

    @Test
    void aDeliveryIsPendingUntilProcessedAndThenKeepsNoPayload() {
        store.firstDelivery("telegram", "u-1", "{\"text\":\"first\"}");
        clock.advance(Duration.ofSeconds(1));
        store.firstDelivery("telegram", "u-2", "{\"text\":\"second\"}");
        store.firstDelivery("slack", "e-1", "{\"text\":\"elsewhere\"}");

        store.deliveryProcessed("telegram", "u-1");

        assertEquals(List.of(new PendingDelivery("u-2", "{\"text\":\"second\"}", START.plusSeconds(1))),
                store.pendingDeliveries("telegram"));
        assertFalse(store.firstDelivery("telegram", "u-1", "{}"), "a processed delivery is still recognised");
    }

    @Test
    void aPlatformConversationsRepliesWaitUndeliveredUntilMarked() {
        ConversationStore conversations = stores.conversations();
        Conversation telegram = conversations.create(new NewConversation("telegram", "42", null, "en", null));
        conversations.append(telegram.id(), NewMessage.fromCustomer("hi", null));
        Message reply = conversations.append(telegram.id(), NewMessage.of(Role.BOT, "Hello!"));
        conversations.append(telegram.id(), NewMessage.by("grace", Role.NOTE, "internal"));
        conversations.append(webConversation().id(), NewMessage.of(Role.BOT, "Hello, web!"));

        assertEquals(List.of(reply), store.undeliveredMessages());

        store.messageDelivered(reply.id());
        assertEquals(List.of(), store.undeliveredMessages());
    }

    @Test
    void aRepeatedPlatformDeliveryIsRecognised() {
        assertTrue(store.firstDelivery("telegram", "update-7", "{}"));
        assertFalse(store.firstDelivery("telegram", "update-7", "{}"));
        assertTrue(store.firstDelivery("slack", "update-7", "{}"));
    }
}
