package dev.chatdesk.core.store.contract;

import dev.chatdesk.core.ManualClock;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.SentimentPoint;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.nlu.SentimentLabel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the contract suites share: fresh stores of the back end under test for each test, on a
 * clock that stands still until a test moves it, and the conversations tests start from.
 */
public abstract class StoreContract {
    protected static final Instant START = Instant.parse("2026-03-01T10:00:00.123Z");

    @TempDir
    protected Path directory;

    protected final ManualClock clock = new ManualClock(START);
    protected StoresUnderTest stores;

    private final BiFunction<Path, Clock, StoresUnderTest> backEnd;

    /** A suite over stores that {@code backEnd} opens in an empty directory, on a clock. */
    protected StoreContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        this.backEnd = backEnd;
    }

    @BeforeEach
    void openStores() {
        stores = backEnd.apply(directory, clock);
    }

    @AfterEach
    void closeStores() {
        stores.close().run();
    }

    protected Conversation webConversation() {
        return stores.conversations().create(new NewConversation("web", null, null, "en", "token-hash"));
    }

    protected String escalatedConversation(Instant escalatedAt) {
        String id = webConversation().id();
        stores.conversations().completeTurn(id, null, null, new TurnOutcome(List.of(), "{}",
                ConversationStatus.WAITING_FOR_AGENT, escalation(id, escalatedAt)));
        return id;
    }

    protected static Escalation escalation(String conversationId, Instant escalatedAt) {
        return new Escalation(conversationId, EscalationReason.ANGER, "anger 0.72 > 0.7",
                "order_status asked twice; order 12345",
                List.of(new SentimentPoint(1, SentimentLabel.NEUTRAL, 0.6, 0.1),
                        new SentimentPoint(3, SentimentLabel.NEGATIVE, 0.87, 0.72)),
                escalatedAt);
    }

    protected static TurnOutcome botTurn(String reply) {
        return new TurnOutcome(List.of(NewMessage.of(Role.BOT, reply)), "{}", ConversationStatus.BOT, null);
    }

    protected static List<String> texts(List<Message> messages) {
        return messages.stream().map(Message::text).toList();
    }
}
