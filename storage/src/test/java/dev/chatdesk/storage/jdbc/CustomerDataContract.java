package dev.chatdesk.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.CustomerData;
import dev.chatdesk.core.conversation.CustomerExport;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every storage does with one customer's data: export it whole, erase it without a trace, erase by retention. */
public abstract class CustomerDataContract extends StorageContract {
    private JdbcStorage storage;
    private CustomerData customers;

    /** The suite over the databases {@code backEnds} makes in an empty directory. */
    protected CustomerDataContract(Function<Path, StorageBackEnd> backEnds) {
        super(backEnds);
    }

    @BeforeEach
    void open() {
        storage = backEnd.open(clock, RecordCipher.plain());
        customers = storage.customerData();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void exportHoldsEveryConversationOfTheCustomerWithItsMessagesEscalationsAndRatingAndNothingOfAnother() {
        Conversation first = conversationOf("Zofia Kowalczyk", "zofia.k@example.org", "my parcel with the kayak paddle is late");
        storage.conversations().completeTurn(first.id(), null, null, new TurnOutcome(List.of(NewMessage.of(Role.SYSTEM, "Finding an agent")),
                "{}", ConversationStatus.WAITING_FOR_AGENT,
                new Escalation(first.id(), EscalationReason.REQUESTED, "asked", "late paddle", List.of(), START)));
        storage.feedback().saveFeedback(first.id(), new Feedback(4, "quick help with the paddle", START));
        conversationOf("Bruno Vidal", "bruno@example.net", "do you sell snowshoes");

        CustomerExport export = customers.export(first.customerId()).orElseThrow();

        assertEquals("zofia.k@example.org", export.customer().email());
        assertEquals(1, export.conversations().size());
        CustomerExport.ConversationExport conversation = export.conversations().getFirst();
        assertEquals(List.of("my parcel with the kayak paddle is late", "Finding an agent"),
                conversation.messages().stream().map(Message::text).toList());
        assertEquals("late paddle", conversation.escalations().getFirst().summary());
        assertEquals("quick help with the paddle", conversation.feedback().comment());
        assertFalse(export.toString().contains("Bruno") || export.toString().contains("snowshoes"));
    }

    @Test
    void anUnknownCustomerHasNothingToExportOrErase() {
        assertTrue(customers.export(9_999).isEmpty());
        assertFalse(customers.erase(9_999));
    }

    @Test
    void erasureLeavesNoTraceOfTheCustomerInTheDatabaseAndKeepsEveryoneElse() throws Exception {
        Conversation erased = conversationOf("Ingrid Halvorsen", "ingrid.halvorsen@example.org",
                "the zipper of my fjellrev jacket broke");
        storage.conversations().append(erased.id(), NewMessage.of(Role.AGENT, "Sorry Ingrid, sending a new fjellrev zipper"));
        storage.feedback().saveFeedback(erased.id(), new Feedback(2, "slow about the fjellrev", START));
        Conversation kept = conversationOf("Tomasz Nowak", "tomasz.nowak@example.org", "where is my marmotka tent");
        assertTrue(backEnd.rawText().contains("fjellrev"), "the text is in the database before");

        assertTrue(customers.erase(erased.customerId()));

        assertTrue(customers.export(erased.customerId()).isEmpty());
        assertTrue(storage.conversations().find(erased.id()).isEmpty());
        assertEquals(List.of(), storage.conversations().search(ConversationQuery.all(10).withText("fjellrev")).items(),
                "not found by a search");
        assertEquals(1, storage.conversations().search(ConversationQuery.all(10).withText("marmotka")).items().size());
        String files = backEnd.rawText();
        for (String trace : List.of("fjellrev", "Ingrid", "ingrid.halvorsen@example.org", erased.id())) {
            assertFalse(files.contains(trace), "the database still holds " + trace);
        }
        assertTrue(files.contains("marmotka"), "another customer's messages stay");
        assertEquals("where is my marmotka tent", storage.conversations().messages(kept.id()).getFirst().text());
    }

    @Test
    void retentionErasesClosedConversationsOlderThanTheCutoffAndCustomersLeftWithNone() {
        Conversation oldClosed = conversationOf("Piet", "piet@example.org", "old question about clogs");
        Conversation oldOpen = conversationOf("Saskia", "saskia@example.org", "still waiting on my tulip bulbs");
        assertTrue(storage.conversations().transition(oldClosed.id(), Set.of(ConversationStatus.BOT), ConversationStatus.CLOSED, null));
        clock.advance(Duration.ofDays(40));
        Conversation recentClosed = conversationOf("Joost", "joost@example.org", "recent question about bikes");
        assertTrue(storage.conversations().transition(recentClosed.id(), Set.of(ConversationStatus.BOT), ConversationStatus.CLOSED, null));

        int erased = customers.eraseClosedBefore(clock.instant().minus(Duration.ofDays(30)), 100);

        assertEquals(1, erased);
        assertTrue(storage.conversations().find(oldClosed.id()).isEmpty());
        assertTrue(customers.export(oldClosed.customerId()).isEmpty(), "the customer left with nothing is gone too");
        assertTrue(storage.conversations().find(oldOpen.id()).isPresent(), "an open conversation is kept however old");
        assertTrue(storage.conversations().find(recentClosed.id()).isPresent());
        assertEquals(0, customers.eraseClosedBefore(clock.instant().minus(Duration.ofDays(30)), 100));
    }

    private Conversation conversationOf(String name, String email, String text) {
        Conversation conversation = storage.conversations().create(new NewConversation("web", null, Customer.unverified(name, email), "en", null));
        storage.conversations().append(conversation.id(), NewMessage.fromCustomer(text, null));
        return conversation;
    }

}
