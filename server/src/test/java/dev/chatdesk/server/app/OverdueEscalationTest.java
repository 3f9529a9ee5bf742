package dev.chatdesk.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluModels;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.service.ConversationEvents;
import dev.chatdesk.core.service.ConversationService;
import dev.chatdesk.core.service.QueueEntry;
import dev.chatdesk.core.store.memory.InMemoryStores;
import dev.chatdesk.server.testing.NoArticles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Escalations nobody takes in time (the demo bot says 5 minutes) are flagged to agents, and their
 * customers are told once, honestly, where they are in the queue. Time passes by reopening the
 * store with a later clock, as a server would after that long.
 */
class OverdueEscalationTest {
    private static final Instant ESCALATED = Instant.parse("2026-03-02T09:00:00Z");
    /** These conversations never reach the model: customers only press "talk to a person". */
    private static final NluModel UNUSED_MODEL = new NluModel() {
        @Override
        public CompletableFuture<NluResult> understand(String text) {
            throw new AssertionError("the model is not needed here");
        }

        @Override
        public void close() {}
    };

    private final InMemoryStores stores = new InMemoryStores(clockAt(ESCALATED));

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private ConversationService serviceAt(Instant now) throws Exception {
        DialogueManager dialogue = new DialogueManager(BotDirectory.loadDemo(), new NoArticles(), new HttpActionClient(), new Random(1));
        return new ConversationService(stores.conversations(), stores.feedback(), NluModels.of(UNUSED_MODEL), dialogue, ConversationEvents.NONE,
                Executors.newVirtualThreadPerTaskExecutor(), clockAt(now));
    }

    private String escalatedConversation(ConversationService service) {
        String id = service.start(new NewConversation("web", null, null, "en", "hash")).join().conversation().id();
        service.requestHandoff(id).join();
        return id;
    }

    private List<String> systemTexts(String conversationId) {
        return stores.conversations().messages(conversationId).stream().filter(m -> m.role() == Role.SYSTEM).map(Message::text).toList();
    }

    @Test
    void anEscalationWaitingLongerThanTheLimitIsFlaggedAndItsCustomerToldOnce() throws Exception {
        ConversationService early = serviceAt(ESCALATED);
        String first = escalatedConversation(early);
        String second = escalatedConversation(early);
        assertEquals(0, early.agentDesk().flagOverdue().join(), "nothing is overdue at once");

        ConversationService later = serviceAt(ESCALATED.plus(Duration.ofMinutes(6)));
        assertEquals(2, later.agentDesk().flagOverdue().join());
        assertEquals(0, later.agentDesk().flagOverdue().join(), "each customer is told once");

        assertTrue(systemTexts(first).getLast().contains("number 1 in the queue"), systemTexts(first).toString());
        assertTrue(systemTexts(second).getLast().contains("number 2 in the queue"), systemTexts(second).toString());
        assertTrue(later.agentDesk().queue(5).join().stream().allMatch(QueueEntry::overdue));
    }

    @Test
    void aClaimedEscalationIsNeitherOverdueNorToldAnything() throws Exception {
        ConversationService early = serviceAt(ESCALATED);
        String id = escalatedConversation(early);
        early.agentDesk().claim(id, new AgentSession("t", "grace", AgentRole.AGENT, ESCALATED.plusSeconds(3600))).join();
        int systemMessages = systemTexts(id).size();

        ConversationService later = serviceAt(ESCALATED.plus(Duration.ofMinutes(30)));
        assertEquals(0, later.agentDesk().flagOverdue().join());
        assertEquals(systemMessages, systemTexts(id).size());
        assertFalse(later.agentDesk().queue(5).join().getFirst().overdue());
    }
}
