package dev.chatdesk.core.service;

import dev.chatdesk.core.bot.EscalationSettings;
import dev.chatdesk.core.bot.TeamHours;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.CustomerConversation;
import dev.chatdesk.core.conversation.CustomerProfile;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.dialogue.DialogueState;
import dev.chatdesk.core.dialogue.DialogueStateCodec;
import dev.chatdesk.core.dialogue.ShopOrder;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.store.ConversationPage;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.store.ConversationStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What human agents do with escalated conversations: the queue, the inbox's views and search,
 * claiming, answering, notes, transfers, handing back to the bot and closing. An agent reads
 * conversations that wait in the queue and those they have or once had, claims those waiting and
 * takes back from the bot those they once had, and writes only in those they have; an admin may
 * do anything. Changes of a conversation are serialised with its customer's messages.
 */
public final class AgentDesk {
    private static final int OTHER_CONVERSATIONS = 10;
    /** How many of a customer's other conversations are looked at to let an agent read their history: as many as their profile lists. */
    private static final int CUSTOMER_HISTORY = CustomerProfile.MAX_CONVERSATIONS;

    private final ConversationStore store;
    private final DialogueManager dialogue;
    private final ConversationLog log;
    private final SerialLanes lanes;
    private final Executor blocking;
    private final Clock clock;

    AgentDesk(ConversationStore store, DialogueManager dialogue, ConversationLog log, SerialLanes lanes, Executor blocking,
            Clock clock) {
        this.store = store;
        this.dialogue = dialogue;
        this.log = log;
        this.lanes = lanes;
        this.blocking = blocking;
        this.clock = clock;
    }

    /** The agents' queue: open escalations, oldest first, each with its conversation's last messages. */
    public CompletableFuture<List<QueueEntry>> queue(int lastMessages) {
        return onBlocking(() -> store.openEscalations().stream()
                .map(e -> {
                    Conversation conversation = log.find(e.conversationId());
                    return new QueueEntry(e, conversation, store.lastMessages(e.conversationId(), lastMessages),
                            isOverdue(e, conversation));
                })
                .toList());
    }

    /** How long an escalation may wait for an agent before it is overdue. */
    public Duration overdueAfter() {
        return Duration.ofMinutes(settings().overdueAfterMinutes());
    }

    /**
     * Flags the escalations that have waited too long: each customer is told once, honestly, with
     * their place in the queue; agents see the message and the flag.
     *
     * @return how many were flagged now
     */
    public CompletableFuture<Integer> flagOverdue() {
        return onBlocking(this::overdueWithPositions).thenCompose(overdue -> {
            List<CompletableFuture<Boolean>> told = overdue.stream().map(this::tellOverdue).toList();
            return CompletableFuture.allOf(told.toArray(CompletableFuture[]::new))
                    .thenApply(ignored -> (int) told.stream().filter(CompletableFuture::join).count());
        });
    }

    private record Overdue(String conversationId, int position) {}

    private List<Overdue> overdueWithPositions() {
        List<Overdue> overdue = new ArrayList<>();
        int position = 0;
        for (Escalation escalation : store.openEscalations()) {
            Conversation conversation = log.find(escalation.conversationId());
            if (conversation.status() == ConversationStatus.WAITING_FOR_AGENT) {
                position++;
                if (isOverdue(escalation, conversation)) {
                    overdue.add(new Overdue(escalation.conversationId(), position));
                }
            }
        }
        return overdue;
    }

    private CompletableFuture<Boolean> tellOverdue(Overdue overdue) {
        return inLane(overdue.conversationId(), () -> {
            boolean marked = store.markOverdue(overdue.conversationId());
            if (marked) {
                String text = dialogue.bot(state(overdue.conversationId())).settings().escalation().overdueMessage()
                        .replace("{position}", Integer.toString(overdue.position()));
                log.append(log.find(overdue.conversationId()), NewMessage.of(Role.SYSTEM, text));
            }
            return marked;
        });
    }

    /**
     * An agent takes an escalated conversation, or one they once had back from the bot; fails with
     * a conflict when another agent has it or it is closed.
     */
    public CompletableFuture<Conversation> claim(String conversationId, AgentSession agent) {
        return inLane(conversationId, () -> {
            Conversation conversation = log.find(conversationId);
            if (conversation.status() == ConversationStatus.WITH_AGENT && agent.username().equals(conversation.assignee())) {
                return conversation;
            }
            if (conversation.status() == ConversationStatus.BOT && !mayRead(conversation, agent)) {
                throw new ConversationConflictException("not_waiting", "This conversation is not waiting for an agent.");
            }
            if (!store.transition(conversationId, EnumSet.of(ConversationStatus.WAITING_FOR_AGENT, ConversationStatus.BOT),
                    ConversationStatus.WITH_AGENT, agent.username())) {
                Conversation now = log.find(conversationId);
                if (now.status() == ConversationStatus.WITH_AGENT) {
                    throw new ConversationConflictException("already_claimed", "Another agent (" + now.assignee() + ") has this conversation.");
                }
                throw new ConversationConflictException("not_waiting", "This conversation is closed.");
            }
            return log.changed(conversationId, NewMessage.of(Role.SYSTEM,
                    AgentNotice.joined(language(conversationId), log.find(conversationId).assigneeName())));
        });
    }

    /**
     * A page of the conversations an agent may read that the query finds (for an admin, all it finds).
     */
    public CompletableFuture<ConversationPage> search(ConversationQuery query, AgentSession agent) {
        return onBlocking(() -> store.search(asSeenBy(query, agent)));
    }

    /** How many conversations an agent may read are in each view of the inbox. */
    public CompletableFuture<InboxCounts> counts(AgentSession agent) {
        return onBlocking(() -> {
            ConversationQuery all = asSeenBy(ConversationQuery.all(1), agent);
            return new InboxCounts(
                    store.count(all.withStatuses(EnumSet.of(ConversationStatus.WITH_AGENT)).withAssignee(agent.username())),
                    store.count(all.withStatuses(EnumSet.of(ConversationStatus.WAITING_FOR_AGENT))),
                    store.count(all.withStatuses(InboxCounts.OPEN)),
                    store.count(all.withStatuses(EnumSet.of(ConversationStatus.CLOSED))));
        });
    }

    private static ConversationQuery asSeenBy(ConversationQuery query, AgentSession agent) {
        return query.visibleTo(agent.role() == AgentRole.ADMIN ? null : agent.username());
    }

    /** A whole conversation for an agent who may read it, with the customer's other conversations. */
    public CompletableFuture<ConversationRecord> record(String conversationId, AgentSession agent) {
        return onBlocking(() -> {
            Conversation conversation = log.find(conversationId);
            requireReadAccess(conversation, agent);
            return new ConversationRecord(conversation, store.messages(conversationId), store.openEscalation(conversationId),
                    store.otherConversationsOfCustomer(conversationId, OTHER_CONVERSATIONS), state(conversationId).slots());
        });
    }

    /**
     * The order the conversation is about, from the shop's order API, for an agent who may read
     * the conversation; empty when the bot has no order number (or looks up no orders).
     */
    public CompletableFuture<Optional<ShopOrder>> order(String conversationId, AgentSession agent) {
        return onBlocking(() -> {
            requireReadAccess(log.find(conversationId), agent);
            try {
                return dialogue.order(state(conversationId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A message's text as written, for an agent who may read the conversation, when the store keeps
     * it masked; empty when the stored text is the written one.
     */
    public CompletableFuture<Optional<String>> reveal(String conversationId, String messageId, AgentSession agent) {
        return onBlocking(() -> {
            requireReadAccess(log.find(conversationId), agent);
            return store.originalText(conversationId, messageId);
        });
    }

    /**
     * Whether the agent may read at least one of a customer's conversations (then the customer's
     * profile): admins always, agents those waiting in the queue and those they have or once had.
     * Reads the statuses the profile holds, asking the store only whether the agent had one. Blocks.
     */
    public boolean mayReadAny(List<CustomerConversation> conversations, AgentSession agent) {
        return agent.role() == AgentRole.ADMIN || conversations.stream().anyMatch(c -> c.status() == ConversationStatus.WAITING_FOR_AGENT
                || store.hasHad(c.conversationId(), agent.username()));
    }

    /** Whether the agent has the conversation (and so may write in it and show that they are typing). */
    public CompletableFuture<Boolean> has(String conversationId, AgentSession agent) {
        return onBlocking(() -> store.find(conversationId)
                .map(c -> c.status() == ConversationStatus.WITH_AGENT && agent.username().equals(c.assignee()))
                .orElse(false));
    }

    /** An agent's message to the customer; only the agent who has the conversation (or an admin) may write. */
    public CompletableFuture<Message> message(String conversationId, AgentSession agent, String text) {
        return inLane(conversationId, () -> {
            Conversation conversation = log.find(conversationId);
            requireAccess(conversation, agent);
            if (conversation.status() != ConversationStatus.WITH_AGENT) {
                throw new ConversationConflictException("not_claimed", "Claim this conversation before writing in it.");
            }
            return log.append(conversation, NewMessage.by(agent.username(), Role.AGENT, text));
        });
    }

    /** An internal note by an agent who may read the conversation; the customer never sees it. */
    public CompletableFuture<Message> note(String conversationId, AgentSession agent, String text) {
        return inLane(conversationId, () -> {
            Conversation conversation = log.find(conversationId);
            requireAccess(conversation, agent);
            return log.append(conversation, NewMessage.by(agent.username(), Role.NOTE, text));
        });
    }

    /** An internal note by the server itself (such as a message a platform would not take). */
    public CompletableFuture<Message> addNote(String conversationId, String author, String text) {
        return inLane(conversationId, () -> log.append(log.find(conversationId), NewMessage.by(author, Role.NOTE, text)));
    }

    /** Gives the conversation to another agent ({@code to} must be an enabled account). */
    public CompletableFuture<Conversation> transfer(String conversationId, AgentSession agent, String to) {
        return inLane(conversationId, () -> {
            Conversation conversation = log.find(conversationId);
            requireAccess(conversation, agent);
            if (to.equals(conversation.assignee())) {
                throw new ConversationConflictException("already_assigned", to + " already has this conversation.");
            }
            if (!store.transition(conversationId, EnumSet.of(ConversationStatus.WAITING_FOR_AGENT, ConversationStatus.WITH_AGENT),
                    ConversationStatus.WITH_AGENT, to)) {
                throw new ConversationConflictException("not_escalated", "This conversation is not with a human.");
            }
            return log.changed(conversationId, NewMessage.of(Role.SYSTEM,
                    AgentNotice.takenOver(language(conversationId), log.find(conversationId).assigneeName())));
        });
    }

    /** The agent hands the conversation back to the bot, which resumes with its context. */
    public CompletableFuture<Conversation> release(String conversationId, AgentSession agent) {
        return inLane(conversationId, () -> {
            requireAccess(log.find(conversationId), agent);
            if (!store.transition(conversationId,
                    EnumSet.of(ConversationStatus.WITH_AGENT, ConversationStatus.WAITING_FOR_AGENT), ConversationStatus.BOT, null)) {
                throw new ConversationConflictException("not_escalated", "This conversation is not with a human.");
            }
            return log.changed(conversationId, dialogue.resumed(state(conversationId)));
        });
    }

    /** The agent closes the conversation. */
    public CompletableFuture<Conversation> resolve(String conversationId, AgentSession agent) {
        return inLane(conversationId, () -> {
            requireAccess(log.find(conversationId), agent);
            if (!store.transition(conversationId, EnumSet.complementOf(EnumSet.of(ConversationStatus.CLOSED)),
                    ConversationStatus.CLOSED, null)) {
                throw new ConversationConflictException("already_closed", "This conversation is already closed.");
            }
            return log.changed(conversationId, NewMessage.of(Role.SYSTEM, AgentNotice.CLOSED.in(language(conversationId))));
        });
    }

    /**
     * Waiting longer than the limit while the team works: the wait of an escalation made outside
     * the team's hours counts from when they came back, and nobody is told "we're busy" at night.
     */
    private boolean isOverdue(Escalation escalation, Conversation conversation) {
        Instant now = clock.instant();
        TeamHours hours = settings().hours();
        Instant seenFrom = hours == null ? escalation.escalatedAt() : hours.nextOpening(escalation.escalatedAt()).toInstant();
        return conversation.status() == ConversationStatus.WAITING_FOR_AGENT
                && (hours == null || hours.isOpen(now))
                && seenFrom.plus(overdueAfter()).isBefore(now);
    }

    /** The escalation settings every language of the bot shares (the limits and hours; not the texts). */
    private EscalationSettings settings() {
        return dialogue.bots().primary().settings().escalation();
    }

    /** The language the conversation is in, which its customer reads. */
    private Language language(String conversationId) {
        return dialogue.bot(state(conversationId)).language();
    }

    private DialogueState state(String conversationId) {
        return DialogueStateCodec.decode(store.dialogueState(conversationId).orElse(null));
    }

    /** Agents read what waits in the queue, what they have or once had, and those customers' history; admins everything. */
    private void requireReadAccess(Conversation conversation, AgentSession agent) {
        if (!mayRead(conversation, agent)) {
            requireAccess(conversation, agent);
        }
    }

    /**
     * Admins read everything; agents what waits in the queue and what they have or once had, and
     * the other conversations of the customer of one of those (the customer's history).
     */
    private boolean mayRead(Conversation conversation, AgentSession agent) {
        return mayReadItself(conversation, agent) || store.otherConversationsOfCustomer(conversation.id(), CUSTOMER_HISTORY)
                .stream().anyMatch(other -> mayReadItself(other, agent));
    }

    private boolean mayReadItself(Conversation conversation, AgentSession agent) {
        return agent.role() == AgentRole.ADMIN || conversation.status() == ConversationStatus.WAITING_FOR_AGENT
                || store.hasHad(conversation.id(), agent.username());
    }

    /** Agents change what waits in the queue and what they have; admins everything. */
    private static void requireAccess(Conversation conversation, AgentSession agent) {
        if (agent.role() == AgentRole.ADMIN || conversation.status() == ConversationStatus.WAITING_FOR_AGENT
                || agent.username().equals(conversation.assignee())) {
            return;
        }
        throw new ConversationForbiddenException(conversation.assignee() != null
                ? "Another agent (" + conversation.assignee() + ") has this conversation."
                : "This conversation is not in the agents' queue.");
    }

    private <T> CompletableFuture<T> inLane(String conversationId, Supplier<T> work) {
        return lanes.submit(conversationId, () -> onBlocking(work));
    }

    private <T> CompletableFuture<T> onBlocking(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, blocking);
    }
}
