package dev.chatdesk.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.store.ConversationPage;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.ListedConversation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How every {@link ConversationStore} finds conversations for agents: words, filters, pages and who may see what. */
public abstract class ConversationSearchContract extends StoreContract {
    private static final Set<ConversationStatus> WAITING = Set.of(ConversationStatus.WAITING_FOR_AGENT);

    private ConversationStore store;

    /** The suite over stores {@code backEnd} opens in an empty directory, on a clock. */
    protected ConversationSearchContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        super(backEnd);
    }

    @BeforeEach
    void useConversationStore() {
        store = stores.conversations();
    }

    @Test
    void aConversationIsFoundByItsCustomersNameOrEmailAndByWhatCustomersAndAgentsWrote() {
        String ines = conversation("web", "Inés Moreno", "ines@example.com", "Where is my order NW-10234?");
        store.append(ines, NewMessage.by("grace", Role.AGENT, "The courier has the parcel now."));
        store.append(ines, NewMessage.by("grace", Role.NOTE, "Refund approved by finance."));
        String li = conversation("web", "李雷", null, "我要退款，订单还没到");
        conversation("web", "Omar", "omar@example.com", "Do you ship to Norway?");

        assertEquals(List.of(ines), found("ines"), "accents and case do not matter");
        assertEquals(List.of(ines), found("INES@example.com"));
        assertEquals(List.of(ines), found("nw-10234"));
        assertEquals(List.of(ines), found("order 10234"), "every word, anywhere in the conversation");
        assertEquals(List.of(), found("order 99999"));
        assertEquals(List.of(ines), found("courier"), "agents' messages");
        assertEquals(List.of(ines), found("refund"), "internal notes");
        assertEquals(List.of(li), found("退款"));
        assertEquals(List.of(li), found("李雷"));
        assertEquals(List.of(li), found("订单 退款"));
    }

    @Test
    void theBotsOwnWordsAreNotSearched() {
        String id = conversation("web", "Kim", null, "hello");
        store.completeTurn(id, null, null, botTurn("Shipping is free over 50 euros."));

        assertEquals(List.of(), found("shipping"));
        assertEquals(List.of(id), found("hello"));
    }

    @Test
    void filtersNarrowTheList() {
        String waitingOnWeb = conversation("web", "Ann", null, "parcel damaged");
        escalate(waitingOnWeb, EscalationReason.ANGER);
        String withGrace = conversation("telegram", "Bo", null, "parcel late");
        escalate(withGrace, EscalationReason.REQUESTED);
        store.transition(withGrace, WAITING, ConversationStatus.WITH_AGENT, "grace");
        clock.advance(Duration.ofHours(2));
        String closed = conversation("web", "Cy", null, "parcel lost");
        store.transition(closed, Set.of(ConversationStatus.BOT), ConversationStatus.CLOSED, null);

        ConversationQuery parcels = ConversationQuery.all(10).withText("parcel");
        assertEquals(List.of(closed, withGrace, waitingOnWeb), ids(store.search(parcels)), "newest activity first");
        assertEquals(List.of(waitingOnWeb), ids(store.search(parcels.withStatuses(WAITING))));
        assertEquals(List.of(closed, waitingOnWeb), ids(store.search(parcels.withChannel("web"))));
        assertEquals(List.of(withGrace), ids(store.search(parcels.withAssignee("grace"))));
        assertEquals(List.of(waitingOnWeb), ids(store.search(parcels.withReason(EscalationReason.ANGER))));
        assertEquals(List.of(closed), ids(store.search(parcels.activeBetween(START.plus(Duration.ofHours(1)), null))));
        assertEquals(List.of(withGrace, waitingOnWeb), ids(store.search(parcels.activeBetween(null, START.plus(Duration.ofHours(1))))));
        assertEquals(2, store.count(parcels.withStatuses(Set.of(ConversationStatus.WAITING_FOR_AGENT, ConversationStatus.WITH_AGENT))));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            started.add(0, conversation("web", "Customer " + i, null, "question " + i));
            if (i % 3 == 0) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
        ConversationQuery query = ConversationQuery.all(3);
        List<String> seen = new ArrayList<>();
        ConversationPage page = store.search(query);
        while (true) {
            seen.addAll(ids(page));
            if (page.next() == null) {
                break;
            }
            page = store.search(query.after(page.next()));
        }
        assertEquals(started.size(), seen.size());
        assertEquals(Set.copyOf(started), Set.copyOf(seen));
        assertEquals(7, store.count(query));
    }

    @Test
    void aListedConversationCarriesItsLastMessage() {
        String id = conversation("web", "Dee", "dee@example.com", "Can I change my address?");
        store.completeTurn(id, null, null, botTurn("Yes, until the parcel ships."));

        ListedConversation listed = store.search(ConversationQuery.all(5)).items().getFirst();

        assertEquals(id, listed.conversation().id());
        assertEquals("Dee", listed.conversation().customer().name());
        assertEquals("Yes, until the parcel ships.", listed.lastText());
        assertEquals(Role.BOT, listed.lastRole());
        clock.advance(Duration.ofSeconds(1));
        String silent = store.create(new NewConversation("web", null, null, "en", "t")).id();
        ListedConversation empty = store.search(ConversationQuery.all(5)).items().getFirst();
        assertEquals(silent, empty.conversation().id());
        assertNull(empty.lastText());
    }

    @Test
    void anAgentSeesWhatWaitsAndWhatTheyHaveOrOnceHad() {
        String waiting = conversation("web", "Eve", null, "help");
        escalate(waiting, EscalationReason.REQUESTED);
        String released = conversation("web", "Fay", null, "help");
        escalate(released, EscalationReason.REQUESTED);
        store.transition(released, WAITING, ConversationStatus.WITH_AGENT, "grace");
        store.transition(released, Set.of(ConversationStatus.WITH_AGENT), ConversationStatus.BOT, null);
        String samsResolved = conversation("web", "Gus", null, "help");
        escalate(samsResolved, EscalationReason.REQUESTED);
        store.transition(samsResolved, WAITING, ConversationStatus.WITH_AGENT, "sam");
        store.transition(samsResolved, Set.of(ConversationStatus.WITH_AGENT), ConversationStatus.CLOSED, null);
        String botOnly = conversation("web", "Hal", null, "help");

        ConversationQuery help = ConversationQuery.all(10).withText("help");
        assertEquals(List.of(released, waiting), ids(store.search(help.visibleTo("grace"))));
        assertEquals(List.of(samsResolved, waiting), ids(store.search(help.visibleTo("sam"))));
        assertEquals(List.of(botOnly, samsResolved, released, waiting), ids(store.search(help)), "an admin sees all");
        assertTrue(store.hasHad(released, "grace"));
        assertFalse(store.hasHad(released, "sam"));
        assertFalse(store.hasHad("c_unknown", "grace"));
    }

    /** A conversation started a second after the one before, so that the newest activity is plain. */
    private String conversation(String channel, String name, String email, String firstMessage) {
        clock.advance(Duration.ofSeconds(1));
        String id = store.create(new NewConversation(channel, "web".equals(channel) ? null : "chat-" + name,
                Customer.unverified(name, email), "en", "t")).id();
        store.append(id, NewMessage.of(Role.CUSTOMER, firstMessage));
        return id;
    }

    private void escalate(String id, EscalationReason reason) {
        Escalation escalation = escalation(id, clock.instant());
        store.completeTurn(id, null, null, new TurnOutcome(List.of(), "{}", ConversationStatus.WAITING_FOR_AGENT,
                new Escalation(id, reason, escalation.detail(), escalation.summary(), escalation.trend(), escalation.escalatedAt())));
    }

    private List<String> found(String words) {
        return ids(store.search(ConversationQuery.all(10).withText(words)));
    }

    private static List<String> ids(ConversationPage page) {
        return page.items().stream().map(c -> c.conversation().id()).toList();
    }
}
