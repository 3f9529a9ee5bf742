package dev.chatdesk.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluModels;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.Sentiment;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.service.ConversationEvents;
import dev.chatdesk.core.service.ConversationService;
import dev.chatdesk.core.service.TurnResult;
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
 * A hand-over tells the customer the truth about who is there: a place in the queue while the
 * demo team works (Monday to Friday, 8:00-20:00 in Berlin), and outside those hours when they are
 * back, with a question for an e-mail address to reply to when none is known. An angry customer
 * hears an apology first.
 */
class HandoverHoursTest {
    /** Sunday, 04:35 in Berlin. */
    private static final Instant SUNDAY_NIGHT = Instant.parse("2026-03-01T03:35:00Z");
    /** Wednesday, 10:00 in Berlin. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-03-04T09:00:00Z");
    /** Reads "I'm furious" as angry and everything else as a calm, unrecognised message. */
    private static final NluModel MODEL = new NluModel() {
        @Override
        public CompletableFuture<NluResult> understand(String text) {
            double anger = text.contains("furious") ? 0.95 : 0.02;
            IntentScore none = new IntentScore("out_of_scope", 0.9);
            return CompletableFuture.completedFuture(new NluResult(none, List.of(none), true,
                    new Sentiment(anger > 0.5 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL, 0.9), anger));
        }

        @Override
        public void close() {}
    };

    private InMemoryStores stores;

    private ConversationService serviceAt(Instant now) throws Exception {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        if (stores == null) {
            stores = new InMemoryStores(clock);
        }
        DialogueManager dialogue = new DialogueManager(BotDirectory.loadDemo(), new NoArticles(), new HttpActionClient(), new Random(1));
        return new ConversationService(stores.conversations(), stores.feedback(), NluModels.of(MODEL), dialogue, ConversationEvents.NONE, Executors.newVirtualThreadPerTaskExecutor(), clock);
    }

    private static String start(ConversationService service, Customer customer) {
        return service.start(new NewConversation("web", null, customer, "en", "hash")).join().conversation().id();
    }

    private String lastSystemText(String conversationId) {
        return stores.conversations().messages(conversationId).stream().filter(m -> m.role() == Role.SYSTEM).map(Message::text).toList().getLast();
    }

    @Test
    void atNightTheCustomerHearsWhenTheTeamIsBackAndIsAskedForAnEmail() throws Exception {
        ConversationService service = serviceAt(SUNDAY_NIGHT);
        String id = start(service, Customer.ANONYMOUS);
        assertEquals(ConversationStatus.WAITING_FOR_AGENT, service.requestHandoff(id).join());
        String told = lastSystemText(id);
        assertTrue(told.contains("isn't online right now") && told.contains("back tomorrow at 8:00 CET"), told);
        assertTrue(told.endsWith("What email address should they reply to?"), told);
        assertFalse(told.contains("queue"), told);

        TurnResult answered = service.receive(id, "sure, it's dana.k@example.com", null).join();
        assertEquals(List.of("Thanks! They'll reply to dana.k@example.com as soon as they're back."),
                answered.replies().stream().map(Message::text).toList());
        assertEquals(0, service.receive(id, "thanks", null).join().replies().size(), "the bot says nothing more while the customer waits");
    }

    @Test
    void atNightACustomerWhoseEmailIsKnownIsNotAskedForIt() throws Exception {
        ConversationService service = serviceAt(SUNDAY_NIGHT);
        String id = start(service, new Customer(null, "Dana", "dana@example.com"));
        service.requestHandoff(id).join();
        assertFalse(lastSystemText(id).contains("email address"), lastSystemText(id));
    }

    @Test
    void duringTheTeamsHoursTheCustomerHearsTheirPlaceInTheQueue() throws Exception {
        ConversationService service = serviceAt(WEDNESDAY_MORNING);
        String id = start(service, Customer.ANONYMOUS);
        service.requestHandoff(id).join();
        assertTrue(lastSystemText(id).startsWith("I'm passing you to a person from our team: you're number 1 in the queue, about 4 minutes."),
                lastSystemText(id));
    }

    @Test
    void anAngryCustomerHearsAnApologyFirst() throws Exception {
        ConversationService service = serviceAt(WEDNESDAY_MORNING);
        String id = start(service, Customer.ANONYMOUS);
        TurnResult turn = service.receive(id, "I'm furious, this is the third time I'm asking", null).join();
        assertEquals(ConversationStatus.WAITING_FOR_AGENT, turn.status());
        assertTrue(turn.replies().getLast().text().startsWith("I'm sorry this has been so frustrating. I'm passing you to a person"),
                turn.replies().getLast().text());
    }

    @Test
    void anEscalationFromTheNightIsNotCalledOverdueBeforeTheTeamIsBack() throws Exception {
        String id = start(serviceAt(SUNDAY_NIGHT), Customer.ANONYMOUS);
        serviceAt(SUNDAY_NIGHT).requestHandoff(id).join();
        assertEquals(0, serviceAt(SUNDAY_NIGHT.plus(Duration.ofHours(2))).agentDesk().flagOverdue().join());
        Instant mondayEarly = Instant.parse("2026-03-02T07:02:00Z");
        assertEquals(0, serviceAt(mondayEarly).agentDesk().flagOverdue().join(), "the team came back 2 minutes ago");
        assertEquals(1, serviceAt(mondayEarly.plus(Duration.ofMinutes(5))).agentDesk().flagOverdue().join());
    }
}
