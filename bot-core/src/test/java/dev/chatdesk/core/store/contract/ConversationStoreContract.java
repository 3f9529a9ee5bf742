package dev.chatdesk.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.Source;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.store.ConversationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every {@link ConversationStore} does: conversations, their messages, turns, escalations and customers.
 * Each back end runs it by extending it with its own stores.
 */
public abstract class ConversationStoreContract extends StoreContract {
    private static final MessageNlu ANGRY_ORDER_QUESTION =
            new MessageNlu("order_status", 0.91, false, SentimentLabel.NEGATIVE, 0.87, 0.72);
    private static final Set<ConversationStatus> WAITING = Set.of(ConversationStatus.WAITING_FOR_AGENT);
    private static final Set<ConversationStatus> WITH_AGENT = Set.of(ConversationStatus.WITH_AGENT);

    private ConversationStore store;

    /** The suite over stores {@code backEnd} opens in an empty directory, on a clock. */
    protected ConversationStoreContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        super(backEnd);
    }

    @BeforeEach
    void useConversationStore() {
        store = stores.conversations();
    }

    @Test
    void startsConversationsWithStatusBotAndAnOpaqueUrlSafeId() {
        Conversation first = store.create(new NewConversation("web", null, null, "en", "token-hash"));
        Conversation second = store.create(new NewConversation("web", null, null, "en", "other-hash"));

        assertTrue(first.id().matches("c_[A-Za-z0-9_-]{22}"), first.id());
        assertNotEquals(first.id(), second.id());
        assertEquals(ConversationStatus.BOT, first.status());
        assertNull(first.assignee());
        assertEquals(Customer.ANONYMOUS, first.customer());
        assertEquals(START, first.createdAt());
        assertEquals(Optional.of(first), store.find(first.id()));
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertEquals(Optional.empty(), store.find("c_unknown"));
    }

    @Test
    void messagesComeBackInOrderWithGapFreeSequenceNumbers() {
        String id = webConversation().id();
        List<Message> appended = List.of(
                store.append(id, NewMessage.of(Role.BOT, "Hi! How can I help?")),
                store.append(id, NewMessage.fromCustomer("where is my parcel", "k1")),
                store.append(id, NewMessage.of(Role.BOT, "Let me check.")),
                store.append(id, NewMessage.of(Role.SYSTEM, "An agent joined")),
                store.append(id, NewMessage.of(Role.AGENT, "Hello, I am Ann.")));

        List<Message> stored = store.messages(id);

        assertEquals(appended, stored);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), stored.stream().map(Message::seq).toList());
        assertEquals(5, stored.stream().map(Message::id).distinct().count());
        assertTrue(stored.stream().allMatch(m -> m.id().matches("m_[A-Za-z0-9_-]{22}")));
    }

    @Test
    void aMessageKeepsItsButtonsSourcesNluAndAuthor() {
        String id = webConversation().id();
        Message question = store.append(id, NewMessage.fromCustomer("I want a refund", "k1"));
        NewMessage answer = new NewMessage(Role.BOT, "Here is how refunds work.",
                List.of(new QuickReply("Start a return", "/start_return"), new QuickReply("No thanks", "/deny")),
                List.of(new Source("refunds", "Refunds", "https://shop.example/help/refunds")),
                null, null, question.id(), null);
        NewMessage understood = new NewMessage(Role.CUSTOMER, "still nothing", List.of(), List.of(),
                ANGRY_ORDER_QUESTION, "k2", null, null);
        NewMessage byAgent = new NewMessage(Role.AGENT, "I am on it", null, null, null, null, null, "ann");

        List<Message> appended = List.of(store.append(id, answer), store.append(id, understood),
                store.append(id, byAgent));

        assertEquals(appended, store.messages(id).subList(1, 4));
        assertEquals(answer.quickReplies(), store.messages(id).get(1).quickReplies());
        assertEquals(ANGRY_ORDER_QUESTION, store.messages(id).get(2).nlu());
        assertEquals("ann", store.messages(id).get(3).author());
    }

    @Test
    void aRetriedClientMessageIdReturnsTheStoredMessageAndStoresNothing() {
        String id = webConversation().id();
        Message first = store.append(id, NewMessage.fromCustomer("where is my order", "client-1"));
        clock.advance(Duration.ofSeconds(5));

        Message retry = store.append(id, NewMessage.fromCustomer("where is my order?", "client-1"));

        assertEquals(first, retry);
        assertEquals(List.of(first), store.messages(id));
        assertEquals(Optional.of(first), store.findByClientMessageId(id, "client-1"));
        assertEquals(START, store.find(id).orElseThrow().updatedAt());
    }

    @Test
    void aClientMessageIdIsOnlyRecognisedWithinItsConversation() {
        String one = webConversation().id();
        String other = webConversation().id();
        Message inOne = store.append(one, NewMessage.fromCustomer("hello", "client-1"));

        Message inOther = store.append(other, NewMessage.fromCustomer("hello", "client-1"));

        assertNotEquals(inOne.id(), inOther.id());
        assertEquals(Optional.empty(), store.findByClientMessageId(one, "client-2"));
    }

    @Test
    void lastMessagesReturnsTheNewestByOrder() {
        String id = webConversation().id();
        for (int i = 1; i <= 5; i++) {
            store.append(id, NewMessage.of(Role.BOT, "message " + i));
        }

        assertEquals(List.of("message 4", "message 5"), texts(store.lastMessages(id, 2)));
        assertEquals(5, store.lastMessages(id, 10).size());
        assertEquals(List.of(), store.lastMessages(id, 0));
    }

    @Test
    void appendingMarksTheConversationAsChanged() {
        String id = webConversation().id();
        clock.advance(Duration.ofMinutes(3));

        store.append(id, NewMessage.fromCustomer("hi", null));

        assertEquals(START.plus(Duration.ofMinutes(3)), store.find(id).orElseThrow().updatedAt());
    }

    @Test
    void aMessageKeepsItsLanguageDetectedOrGiven() {
        String id = store.create(new NewConversation("web", null, null, "zh-CN", null)).id();
        store.append(id, NewMessage.fromCustomer("我的order NW-482913 还没到", null));
        store.append(id, new NewMessage(Role.BOT, "NW-482913", null, null, null, null, null, null, Language.ZH));
        store.append(id, NewMessage.fromCustomer("thanks!", null));

        assertEquals(List.of(Language.ZH, Language.ZH, Language.EN), store.messages(id).stream().map(Message::language).toList());
    }

    @Test
    void completeTurnStoresRepliesNluStateStatusAndEscalationTogether() {
        String id = webConversation().id();
        Message question = store.append(id, NewMessage.fromCustomer("this is the third time I ask!!", "k1"));
        Escalation escalation = escalation(id, START);
        TurnOutcome outcome = new TurnOutcome(
                List.of(NewMessage.of(Role.BOT, "I am sorry."), NewMessage.of(Role.SYSTEM, "Finding an agent")),
                "{\"flow\":null}", ConversationStatus.WAITING_FOR_AGENT, escalation);

        List<Message> replies = store.completeTurn(id, question.id(), ANGRY_ORDER_QUESTION, outcome);

        assertEquals(List.of("I am sorry.", "Finding an agent"), texts(replies));
        assertTrue(replies.stream().allMatch(reply -> question.id().equals(reply.inReplyTo())));
        assertEquals(replies, store.repliesTo(id, question.id()));
        assertEquals(question.withNlu(ANGRY_ORDER_QUESTION), store.messages(id).get(0));
        assertEquals(List.of(1L, 2L, 3L), store.messages(id).stream().map(Message::seq).toList());
        assertEquals(Optional.of("{\"flow\":null}"), store.dialogueState(id));
        assertEquals(ConversationStatus.WAITING_FOR_AGENT, store.find(id).orElseThrow().status());
        assertEquals(Optional.of(escalation), store.openEscalation(id));
    }

    @Test
    void aTurnNoCustomerMessageStartedStoresRepliesThatAnswerNothing() {
        String id = webConversation().id();
        TurnOutcome handoff = new TurnOutcome(List.of(NewMessage.of(Role.SYSTEM, "Finding an agent")), "{}",
                ConversationStatus.WAITING_FOR_AGENT, escalation(id, START));

        List<Message> replies = store.completeTurn(id, null, null, handoff);

        assertNull(replies.get(0).inReplyTo());
        assertEquals(replies, store.messages(id));
        assertEquals(1, store.openEscalations().size());
    }

    @Test
    void aTurnThatFailsStoresNothingOfIt() {
        String id = webConversation().id();
        Message botMessage = store.append(id, NewMessage.of(Role.BOT, "Hi!"));
        TurnOutcome outcome = new TurnOutcome(List.of(NewMessage.of(Role.BOT, "Sure.")), "{\"step\":2}",
                ConversationStatus.WAITING_FOR_AGENT, escalation(id, START));

        assertThrows(IllegalArgumentException.class,
                () -> store.completeTurn(id, botMessage.id(), ANGRY_ORDER_QUESTION, outcome));

        assertEquals(List.of(botMessage), store.messages(id));
        assertEquals(Optional.empty(), store.dialogueState(id));
        assertEquals(ConversationStatus.BOT, store.find(id).orElseThrow().status());
        assertEquals(List.of(), store.openEscalations());
    }

    @Test
    void repliesToListsOnlyTheAnswersOfOneCustomerMessage() {
        String id = webConversation().id();
        Message first = store.append(id, NewMessage.fromCustomer("hi", "k1"));
        store.completeTurn(id, first.id(), null, botTurn("Hello!"));
        Message second = store.append(id, NewMessage.fromCustomer("where is my order", "k2"));
        store.completeTurn(id, second.id(), null, botTurn("Your order number, please?"));

        assertEquals(List.of("Hello!"), texts(store.repliesTo(id, first.id())));
        assertEquals(List.of("Your order number, please?"), texts(store.repliesTo(id, second.id())));
    }

    @Test
    void dialogueStateIsEmptyBeforeTheFirstTurnAndTheLatestAfterwards() {
        String id = webConversation().id();
        assertEquals(Optional.empty(), store.dialogueState(id));

        store.completeTurn(id, null, null, new TurnOutcome(List.of(), "one", ConversationStatus.BOT, null));
        store.completeTurn(id, null, null, new TurnOutcome(List.of(), "two", ConversationStatus.BOT, null));

        assertEquals(Optional.of("two"), store.dialogueState(id));
    }

    @Test
    void theQueueListsOpenEscalationsOldestFirst() {
        String late = escalatedConversation(START.plusSeconds(20));
        String early = escalatedConversation(START);
        String middle = escalatedConversation(START.plusSeconds(10));

        assertEquals(List.of(early, middle, late),
                store.openEscalations().stream().map(Escalation::conversationId).toList());
    }

    @Test
    void aClaimedConversationStaysInTheQueueWithItsAgent() {
        String id = escalatedConversation(START);

        assertTrue(store.transition(id, WAITING, ConversationStatus.WITH_AGENT, "ann"));

        assertEquals(1, store.openEscalations().size());
        assertEquals("ann", store.find(id).orElseThrow().assignee());
    }

    @Test
    void aClaimedConversationCarriesTheNameCustomersSeeForItsAgentAndNoneWhenTheAgentHasNone() {
        stores.agents().createAgent(new AgentAccount("ann", "hash", AgentRole.AGENT, START, false, "Anna"));
        stores.agents().createAgent(new AgentAccount("bob", "hash", AgentRole.AGENT, START, false));
        String withAnna = escalatedConversation(START);
        String withBob = escalatedConversation(START);

        store.transition(withAnna, WAITING, ConversationStatus.WITH_AGENT, "ann");
        store.transition(withBob, WAITING, ConversationStatus.WITH_AGENT, "bob");

        assertEquals("Anna", store.find(withAnna).orElseThrow().assigneeName());
        assertNull(store.find(withBob).orElseThrow().assigneeName(), "never the username");
        store.transition(withAnna, WITH_AGENT, ConversationStatus.BOT, null);
        assertNull(store.find(withAnna).orElseThrow().assigneeName());
    }

    @Test
    void releasingOrResolvingTakesAConversationOffTheQueue() {
        String released = escalatedConversation(START);
        String resolved = escalatedConversation(START.plusSeconds(1));
        store.transition(released, WAITING, ConversationStatus.WITH_AGENT, "ann");
        store.transition(resolved, WAITING, ConversationStatus.WITH_AGENT, "bob");

        assertTrue(store.transition(released, WITH_AGENT, ConversationStatus.BOT, null));
        assertTrue(store.transition(resolved, WITH_AGENT, ConversationStatus.CLOSED, null));

        assertEquals(List.of(), store.openEscalations());
        assertEquals(Optional.empty(), store.openEscalation(released));
        assertNull(store.find(released).orElseThrow().assignee());
        assertEquals(ConversationStatus.CLOSED, store.find(resolved).orElseThrow().status());
    }

    @Test
    void aTurnThatHandsBackToTheBotEndsTheEscalationAndDropsTheAssignee() {
        String id = escalatedConversation(START);
        store.transition(id, WAITING, ConversationStatus.WITH_AGENT, "ann");

        store.completeTurn(id, null, null, botTurn("The bot is back."));

        assertEquals(Optional.empty(), store.openEscalation(id));
        assertNull(store.find(id).orElseThrow().assignee());
    }

    @Test
    void escalatingAnEscalatedConversationAgainKeepsItsPlaceInTheQueue() {
        String id = escalatedConversation(START);
        Escalation first = store.openEscalation(id).orElseThrow();

        store.completeTurn(id, null, null, new TurnOutcome(List.of(), "{}", ConversationStatus.WAITING_FOR_AGENT,
                new Escalation(id, EscalationReason.REQUESTED, "asked twice", "s", List.of(), START.plusSeconds(60))));

        assertEquals(List.of(first), store.openEscalations());
    }

    @Test
    void aConversationCanBeEscalatedAgainAfterItsEscalationEnded() {
        String id = escalatedConversation(START);
        store.transition(id, WAITING, ConversationStatus.BOT, null);
        Escalation again = escalation(id, START.plusSeconds(60));

        store.completeTurn(id, null, null, new TurnOutcome(List.of(), "{}", ConversationStatus.WAITING_FOR_AGENT,
                again));

        assertEquals(List.of(again), store.openEscalations());
    }

    @Test
    void transitionChangesNothingWhenTheStatusIsNotOneExpected() {
        String id = webConversation().id();

        assertFalse(store.transition(id, WAITING, ConversationStatus.WITH_AGENT, "ann"));

        Conversation unchanged = store.find(id).orElseThrow();
        assertEquals(ConversationStatus.BOT, unchanged.status());
        assertNull(unchanged.assignee());
    }

    @Test
    void aSecondClaimFailsAndKeepsTheFirstAgent() {
        String id = escalatedConversation(START);
        store.transition(id, WAITING, ConversationStatus.WITH_AGENT, "ann");

        assertFalse(store.transition(id, WAITING, ConversationStatus.WITH_AGENT, "bob"));

        assertEquals("ann", store.find(id).orElseThrow().assignee());
    }

    @Test
    void anAssigneeOutsideWithAgentIsRefused() {
        String id = webConversation().id();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> store.transition(id, Set.of(ConversationStatus.BOT), ConversationStatus.CLOSED, "ann"));

        assertTrue(error.getMessage().contains("closed"), error.getMessage());
    }

    @Test
    void anEscalationIsMarkedOverdueOnce() {
        String id = webConversation().id();
        store.completeTurn(id, null, null, new TurnOutcome(List.of(), null, ConversationStatus.WAITING_FOR_AGENT,
                escalation(id, START)));

        assertTrue(store.markOverdue(id));
        assertFalse(store.markOverdue(id));
        assertFalse(store.markOverdue(webConversation().id()), "no open escalation");
    }

    @Test
    void findOpenReturnsTheNewestConversationOfAnAddressThatIsNotClosed() {
        Conversation older = store.create(new NewConversation("telegram", "42", null, "en", null));
        clock.advance(Duration.ofSeconds(1));
        Conversation newer = store.create(new NewConversation("telegram", "42", null, "en", null));
        store.create(new NewConversation("whatsapp", "42", null, "en", null));

        assertEquals(Optional.of(newer), store.findOpen("telegram", "42"));
        store.transition(newer.id(), Set.of(ConversationStatus.BOT), ConversationStatus.CLOSED, null);
        assertEquals(older.id(), store.findOpen("telegram", "42").orElseThrow().id());
        store.transition(older.id(), Set.of(ConversationStatus.BOT), ConversationStatus.CLOSED, null);
        assertEquals(Optional.empty(), store.findOpen("telegram", "42"));
    }

    @Test
    void aCustomerWithAnExternalIdIsOneRecordAcrossConversations() {
        Conversation first = store.create(new NewConversation("web", null,
                new Customer("cust-7", "Ann Lee", null), "en", "h1"));
        Conversation second = store.create(new NewConversation("web", null,
                new Customer("cust-7", null, "ann@example.com"), "en", "h2"));

        Customer known = new Customer("cust-7", "Ann Lee", "ann@example.com");
        assertEquals(known, second.customer());
        assertEquals(known, store.find(first.id()).orElseThrow().customer());
    }

    @Test
    void aCustomersOtherConversationsAreFoundByExternalIdOrTheEmailOfAnotherVerifiedCustomer() {
        Customer ann = new Customer("crm-7", "Ann", "ann@example.com");
        Conversation first = store.create(new NewConversation("web", null, ann, "en", "t1"));
        clock.advance(Duration.ofMinutes(1));
        Conversation byEmail = store.create(new NewConversation("web", null, new Customer("crm-8", null, "ann@example.com"), "en", "t2"));
        clock.advance(Duration.ofMinutes(1));
        Conversation current = store.create(new NewConversation("web", null, ann, "en", "t3"));
        store.create(new NewConversation("web", null, new Customer("crm-9", "Bob", "bob@example.com"), "en", "t4"));

        assertEquals(List.of(byEmail.id(), first.id()), others(current));
        assertEquals(List.of(), others(webConversation()), "an anonymous customer");
    }

    @Test
    void anUnverifiedVisitorChangesNoStoredDetailsAndIsLinkedToNobody() {
        Customer ann = new Customer("crm-7", "Ann", "ann@example.com", true);
        Conversation anns = store.create(new NewConversation("web", null, ann, "en", "t1"));
        Conversation byId = store.create(new NewConversation("web", null, new Customer("crm-7", "Mallory", "mal@example.com", false), "en", "t2"));
        Conversation byEmail = store.create(new NewConversation("web", null, Customer.unverified("Mallory", "ann@example.com"), "en", "t3"));

        assertEquals(ann, store.find(anns.id()).orElseThrow().customer());
        assertEquals(Customer.unverified("Mallory", "mal@example.com"), store.find(byId.id()).orElseThrow().customer());
        assertEquals(List.of(), others(anns));
        assertEquals(List.of(), others(byId));
        assertEquals(List.of(), others(byEmail));
    }

    @Test
    void theSameIdOnAnotherChannelIsAnotherCustomer() {
        Conversation telegram = store.create(new NewConversation("telegram", "42", new Customer("42", "Tom", null), "en", null));
        Conversation web = store.create(new NewConversation("web", null, new Customer("42", "Eve", "eve@example.com", true), "en", "t1"));

        assertEquals(new Customer("42", "Tom", null, true), store.find(telegram.id()).orElseThrow().customer());
        assertEquals(List.of(), others(web));
        assertEquals(List.of(), others(telegram));
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        clock.advance(Duration.ofNanos(456_789));

        Conversation conversation = webConversation();
        Message message = store.append(conversation.id(), NewMessage.of(Role.BOT, "hi"));

        assertEquals(START, conversation.createdAt());
        assertEquals(START, message.createdAt());
        assertEquals(Optional.of(conversation), store.find(conversation.id()));
        assertEquals(List.of(message), store.messages(conversation.id()));
    }

    @Test
    void anUnknownConversationIdIsNamedInTheErrorAndChangesNothing() {
        String unknown = "c_doesNotExist";
        List<Executable> calls = List.of(
                () -> store.append(unknown, NewMessage.of(Role.BOT, "hi")),
                () -> store.messages(unknown),
                () -> store.lastMessages(unknown, 3),
                () -> store.repliesTo(unknown, "m_x"),
                () -> store.findByClientMessageId(unknown, "k1"),
                () -> store.completeTurn(unknown, null, null, botTurn("hi")),
                () -> store.dialogueState(unknown),
                () -> store.transition(unknown, WAITING, ConversationStatus.WITH_AGENT, "ann"),
                () -> store.openEscalation(unknown));

        for (Executable call : calls) {
            NoSuchElementException error = assertThrows(NoSuchElementException.class, call);
            assertTrue(error.getMessage().contains(unknown), error.getMessage());
        }
        assertEquals(Optional.empty(), store.find(unknown));
    }

    private List<String> others(Conversation conversation) {
        return store.otherConversationsOfCustomer(conversation.id(), 10).stream().map(Conversation::id).toList();
    }
}
