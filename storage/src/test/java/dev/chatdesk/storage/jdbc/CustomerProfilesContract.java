package dev.chatdesk.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.CustomerConversation;
import dev.chatdesk.core.conversation.CustomerConversation.Outcome;
import dev.chatdesk.core.conversation.CustomerMood;
import dev.chatdesk.core.conversation.CustomerProfile;
import dev.chatdesk.core.conversation.CustomerTag;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.CustomerProfiles;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage tells of a customer: Mira, signed in on the shop's website (verified id
 * {@code cust-42}) and on Telegram (user {@code 777}), both with mira@example.com:
 * <pre>
 * 10:00 web       "do you ship to Norway?" (anger 0.1), answered by the bot; rated 5         contained
 * 11:00 telegram  "my parcel is a week late!!!" (anger 0.9), escalated for anger, Anna
 *                 replies and resolves; rated 2                                              resolved
 * 12:00 web       "I want to talk to someone" (anger 0.3), waiting for an agent              waiting
 * 13:00 web       a visitor nobody vouches for, who typed mira@example.com: not Mira
 * </pre>
 */
public abstract class CustomerProfilesContract extends StorageContract {
    private JdbcStorage storage;
    private ConversationStore conversations;
    private CustomerProfiles profiles;
    private Conversation first;
    private Conversation second;
    private Conversation third;
    private Conversation stranger;

    /** The suite over the databases {@code backEnds} makes in an empty directory. */
    protected CustomerProfilesContract(Function<Path, StorageBackEnd> backEnds) {
        super(backEnds);
    }

    @BeforeEach
    void writeMirasHistory() {
        storage = backEnd.open(clock, RecordCipher.plain());
        conversations = storage.conversations();
        profiles = storage.customerProfiles();

        first = startAt("10:00", "web", new Customer("cust-42", "Mira Lind", "mira@example.com", true));
        says(first, "do you ship to Norway?", 0.1, SentimentLabel.NEUTRAL, null);
        storage.feedback().saveFeedback(first.id(), new Feedback(5, null, clock.instant()));

        second = startAt("11:00", "telegram", new Customer("777", "Mira", "mira@example.com", true));
        says(second, "my parcel is a week late!!!", 0.9, SentimentLabel.NEGATIVE, EscalationReason.ANGER);
        conversations.transition(second.id(), EnumSet.of(ConversationStatus.WAITING_FOR_AGENT), ConversationStatus.WITH_AGENT, "anna");
        conversations.append(second.id(), NewMessage.by("anna", Role.AGENT, "I'm sorry, it's on its way today."));
        conversations.transition(second.id(), EnumSet.of(ConversationStatus.WITH_AGENT), ConversationStatus.CLOSED, null);
        storage.feedback().saveFeedback(second.id(), new Feedback(2, "too slow", clock.instant()));

        third = startAt("12:00", "web", new Customer("cust-42", null, null, true));
        says(third, "I want to talk to someone", 0.3, SentimentLabel.NEUTRAL, EscalationReason.REQUESTED);

        stranger = startAt("13:00", "web", Customer.unverified("Not Mira", "mira@example.com"));
        says(stranger, "what is Mira's address?", 0.0, SentimentLabel.NEUTRAL, null);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aProfileHoldsEveryConversationOfTheCustomerOnEveryChannelWithHowItEnded() {
        CustomerProfile mira = profiles.profile(first.customerId()).orElseThrow();

        assertEquals("Mira Lind", mira.customer().name(), "the row asked for");
        assertEquals(List.of("web:cust-42", "telegram:777"), mira.identities(), "the same verified e-mail address on Telegram");
        assertEquals(List.of(second.customerId()), mira.linkedCustomerIds());
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), mira.firstSeenAt());
        assertEquals(3, mira.conversationCount());
        List<CustomerConversation> seen = mira.conversations();
        assertEquals(List.of(third.id(), second.id(), first.id()), seen.stream().map(CustomerConversation::conversationId).toList(),
                "newest first; the stranger's is not hers");
        assertEquals(List.of(Outcome.WAITING, Outcome.RESOLVED, Outcome.CONTAINED), seen.stream().map(CustomerConversation::outcome).toList());
        CustomerConversation resolved = seen.get(1);
        assertEquals(List.of("telegram", "anna", "anger"), List.of(resolved.channel(), resolved.agent(), resolved.escalationReason().wireName()));
        assertEquals(2, resolved.rating());
        assertNull(seen.get(0).rating());
        assertEquals(3.5, mira.averageRating(), 1e-9);
        assertEquals(2, mira.ratings());
        assertEquals(List.of(0.1, 0.9, 0.3), mira.sentiment().stream().map(CustomerMood::anger).toList(), "oldest first");
        assertEquals(SentimentLabel.NEGATIVE, mira.sentiment().get(1).label());
        assertEquals(second.id(), mira.sentiment().get(1).conversationId());

        assertEquals(mira.conversations(), profiles.profile(second.customerId()).orElseThrow().conversations(),
                "her Telegram row's profile is the same person's");
    }

    @Test
    void aVisitorNobodyVouchesForIsLinkedToNobody() {
        CustomerProfile visitor = profiles.profile(stranger.customerId()).orElseThrow();

        assertEquals(List.of(stranger.id()), visitor.conversations().stream().map(CustomerConversation::conversationId).toList());
        assertEquals(List.of(), visitor.identities());
        assertEquals(List.of(), visitor.linkedCustomerIds());
        assertNull(visitor.averageRating());
        assertTrue(profiles.profile(9_999).isEmpty());
    }

    @Test
    void tagsAreSharedByTheLinkedRowsAddedOnceAndTakenOffEverywhere() {
        profiles.tag(first.customerId(), new CustomerTag("vip", "anna", clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        profiles.tag(second.customerId(), new CustomerTag("批发客户", "ben", clock.instant()));
        List<CustomerTag> tags = profiles.tag(first.customerId(), new CustomerTag("vip", "ben", clock.instant()));

        assertEquals(List.of("vip", "批发客户"), tags.stream().map(CustomerTag::tag).toList());
        assertEquals("anna", tags.get(0).addedBy(), "tagged again: the first stays");
        assertEquals(tags, profiles.profile(second.customerId()).orElseThrow().tags());
        assertEquals(List.of(), profiles.profile(stranger.customerId()).orElseThrow().tags());

        assertEquals(List.of("批发客户"), profiles.untag(second.customerId(), "vip").stream().map(CustomerTag::tag).toList());
        assertEquals(List.of("批发客户"), profiles.profile(first.customerId()).orElseThrow().tags().stream().map(CustomerTag::tag).toList());
        assertThrows(NoSuchElementException.class, () -> profiles.tag(9_999, new CustomerTag("vip", "anna", clock.instant())));
    }

    @Test
    void tagsAreExportedAndErasedWithTheCustomer() {
        profiles.tag(stranger.customerId(), new CustomerTag("suspicious", "anna", clock.instant()));

        assertEquals(List.of("suspicious"), storage.customerData().export(stranger.customerId()).orElseThrow().tags().stream()
                .map(CustomerTag::tag).toList());
        assertTrue(storage.customerData().erase(stranger.customerId()));
        assertTrue(profiles.profile(stranger.customerId()).isEmpty());
    }

    private Conversation startAt(String time, String channel, Customer customer) {
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-02T" + time + ":00Z")));
        return conversations.create(new NewConversation(channel, channel.equals("web") ? null : customer.externalId(), customer, "en", null));
    }

    private void says(Conversation conversation, String text, double anger, SentimentLabel sentiment, EscalationReason escalation) {
        Message message = conversations.append(conversation.id(), NewMessage.fromCustomer(text, null));
        boolean escalates = escalation != null;
        conversations.completeTurn(conversation.id(), message.id(), new MessageNlu("some_intent", 0.9, false, sentiment, 0.8, anger),
                new TurnOutcome(List.of(NewMessage.of(Role.BOT, "an answer")), null,
                        escalates ? ConversationStatus.WAITING_FOR_AGENT : ConversationStatus.BOT,
                        escalates ? new Escalation(conversation.id(), escalation, null, null, List.of(), clock.instant()) : null,
                        escalates ? BotAction.ESCALATED : BotAction.ANSWERED));
    }
}
