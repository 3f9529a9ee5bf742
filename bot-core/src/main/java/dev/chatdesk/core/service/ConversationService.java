package dev.chatdesk.core.service;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.ConversationStore;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.dialogue.Decision;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.dialogue.DialogueState;
import dev.chatdesk.core.dialogue.DialogueStateCodec;
import dev.chatdesk.core.dialogue.EscalationRequest;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What happens to conversations: a customer message is stored, read by the model, answered by the
 * dialogue manager (or left to the agent who has the conversation), and the turn stored together;
 * agents claim, answer, release and resolve escalated conversations. Messages of one conversation
 * are handled strictly one at a time, in order. Thread-safe; every method returns at once and does
 * its blocking work on the given executor.
 */
public final class ConversationService {
    private final ConversationStore store;
    private final NluModel nlu;
    private final DialogueManager dialogue;
    private final ConversationEvents events;
    private final Executor blocking;
    private final EscalationFactory escalations;
    private final SerialLanes lanes = new SerialLanes();

    /** A service over the store, the model and the dialogue manager; blocking work runs on {@code blocking}. */
    public ConversationService(ConversationStore store, NluModel nlu, DialogueManager dialogue,
            ConversationEvents events, Executor blocking, Clock clock) {
        this.store = store;
        this.nlu = nlu;
        this.dialogue = dialogue;
        this.events = events;
        this.blocking = blocking;
        this.escalations = new EscalationFactory(store, clock);
    }

    /** Starts a conversation with the bot's greeting. */
    public CompletableFuture<StartedConversation> start(NewConversation request) {
        return onBlocking(() -> {
            Conversation conversation = store.create(request);
            TurnOutcome greeting = new TurnOutcome(List.of(dialogue.greeting()),
                    DialogueStateCodec.encode(DialogueState.INITIAL), ConversationStatus.BOT, null);
            List<Message> messages = store.completeTurn(conversation.id(), null, null, greeting);
            return new StartedConversation(conversation, messages);
        });
    }

    /** The conversation with this id. */
    public CompletableFuture<Conversation> conversation(String conversationId) {
        return onBlocking(() -> find(conversationId));
    }

    /** A conversation's messages as its customer sees them (no internal notes), in order. */
    public CompletableFuture<List<Message>> messages(String conversationId) {
        return onBlocking(() -> {
            find(conversationId);
            return store.messages(conversationId).stream().filter(m -> m.role().customerSees()).toList();
        });
    }

    /**
     * Handles a customer message. A message with a client message id seen before is not stored
     * again: its first result is returned (and a turn that a crash cut short is finished).
     */
    public CompletableFuture<TurnResult> receive(String conversationId, String text, String clientMessageId) {
        return lanes.submit(conversationId, () -> onBlocking(() -> storeCustomerMessage(conversationId, text, clientMessageId))
                .thenCompose(stored -> stored.finished() != null
                        ? CompletableFuture.completedFuture(stored.finished())
                        : nlu.understand(stored.message().text())
                                .thenApplyAsync(result -> completeTurn(stored.message(), result), blocking)));
    }

    /** The customer asks for a person (the widget's button). */
    public CompletableFuture<ConversationStatus> requestHandoff(String conversationId) {
        return lanes.submit(conversationId, () -> onBlocking(() -> {
            Conversation conversation = find(conversationId);
            if (conversation.status() != ConversationStatus.BOT) {
                return conversation.status();
            }
            DialogueState state = state(conversationId);
            EscalationRequest request = new EscalationRequest(
                    EscalationReason.REQUESTED, "the customer pressed the handoff button");
            TurnOutcome outcome = escalate(conversationId, new Decision(List.of(), state, request), null, null);
            List<Message> stored = store.completeTurn(conversationId, null, null, outcome);
            publish(find(conversationId), stored);
            return ConversationStatus.WAITING_FOR_AGENT;
        }));
    }

    /** Stores a customer's rating of the conversation. */
    public CompletableFuture<Void> feedback(String conversationId, int rating, String comment) {
        return onBlocking(() -> {
            find(conversationId);
            store.saveFeedback(conversationId, rating, comment);
            return null;
        });
    }

    /** An agent takes an escalated conversation; fails with a conflict when another agent has it. */
    public CompletableFuture<Conversation> claim(String conversationId, String agent) {
        return lanes.submit(conversationId, () -> onBlocking(() -> {
            Conversation conversation = find(conversationId);
            if (conversation.status() == ConversationStatus.WITH_AGENT && agent.equals(conversation.assignee())) {
                return conversation;
            }
            if (!store.transition(conversationId, EnumSet.of(ConversationStatus.WAITING_FOR_AGENT), ConversationStatus.WITH_AGENT, agent)) {
                Conversation now = find(conversationId);
                if (now.status() == ConversationStatus.WITH_AGENT) {
                    throw new ConversationConflictException("already_claimed", "Another agent (" + now.assignee() + ") has this conversation.");
                }
                throw new ConversationConflictException("not_waiting", "This conversation is not waiting for an agent.");
            }
            return changed(conversationId, NewMessage.of(Role.SYSTEM, agent + " has joined the conversation."));
        }));
    }

    /** An agent's message to the customer; only the agent who has the conversation may write. */
    public CompletableFuture<Message> agentMessage(String conversationId, String agent, String text) {
        return lanes.submit(conversationId, () -> onBlocking(() -> {
            Conversation conversation = find(conversationId);
            requireAssignee(conversation, agent);
            Message stored = store.append(conversationId, NewMessage.by(agent, Role.AGENT, text));
            events.messageAdded(conversation, stored);
            return stored;
        }));
    }

    /** Adds an internal note to a conversation, for agents only; {@code author} is an agent or the server. */
    public CompletableFuture<Message> addNote(String conversationId, String author, String text) {
        return lanes.submit(conversationId, () -> onBlocking(() -> {
            Conversation conversation = find(conversationId);
            Message stored = store.append(conversationId, NewMessage.by(author, Role.NOTE, text));
            events.messageAdded(conversation, stored);
            return stored;
        }));
    }

    /** The agent hands the conversation back to the bot, which resumes with its context. */
    public CompletableFuture<Conversation> release(String conversationId, String agent) {
        return lanes.submit(conversationId, () -> onBlocking(() -> {
            Conversation conversation = find(conversationId);
            if (conversation.status() == ConversationStatus.WITH_AGENT) {
                requireAssignee(conversation, agent);
            }
            if (!store.transition(conversationId,
                    EnumSet.of(ConversationStatus.WITH_AGENT, ConversationStatus.WAITING_FOR_AGENT), ConversationStatus.BOT, null)) {
                throw new ConversationConflictException("not_escalated", "This conversation is not with a human.");
            }
            return changed(conversationId, dialogue.resumed());
        }));
    }

    /** The agent closes the conversation. */
    public CompletableFuture<Conversation> resolve(String conversationId, String agent) {
        return lanes.submit(conversationId, () -> onBlocking(() -> {
            Conversation conversation = find(conversationId);
            if (conversation.status() == ConversationStatus.WITH_AGENT) {
                requireAssignee(conversation, agent);
            }
            if (!store.transition(conversationId, EnumSet.complementOf(EnumSet.of(ConversationStatus.CLOSED)),
                    ConversationStatus.CLOSED, null)) {
                throw new ConversationConflictException("already_closed", "This conversation is already closed.");
            }
            return changed(conversationId, NewMessage.of(Role.SYSTEM, "This conversation was closed by " + agent + "."));
        }));
    }

    /** The agents' queue: open escalations, oldest first, each with its conversation's last messages. */
    public CompletableFuture<List<QueueEntry>> queue(int lastMessages) {
        return onBlocking(() -> store.openEscalations().stream()
                .map(e -> new QueueEntry(e, find(e.conversationId()), store.lastMessages(e.conversationId(), lastMessages)))
                .toList());
    }

    /** A whole conversation with its open escalation, for an agent. */
    public CompletableFuture<ConversationRecord> record(String conversationId) {
        return onBlocking(() -> new ConversationRecord(find(conversationId), store.messages(conversationId),
                store.openEscalation(conversationId)));
    }

    /** How many conversations have messages being handled now. */
    public int busyConversations() {
        return lanes.busyKeys();
    }

    private record StoredMessage(Message message, TurnResult finished) {}

    private StoredMessage storeCustomerMessage(String conversationId, String text, String clientMessageId) {
        Conversation conversation = find(conversationId);
        if (clientMessageId != null) {
            Optional<Message> earlier = store.findByClientMessageId(conversationId, clientMessageId);
            if (earlier.isPresent()) {
                Message first = earlier.get();
                return first.nlu() == null
                        ? new StoredMessage(first, null)
                        : new StoredMessage(first, new TurnResult(conversation.status(), first, store.repliesTo(conversationId, first.id())));
            }
        }
        if (conversation.status() == ConversationStatus.CLOSED) {
            store.transition(conversationId, EnumSet.of(ConversationStatus.CLOSED), ConversationStatus.BOT, null);
            conversation = find(conversationId);
            events.statusChanged(conversation);
        }
        Message message = store.append(conversationId, NewMessage.fromCustomer(text, clientMessageId));
        events.messageAdded(conversation, message);
        return new StoredMessage(message, null);
    }

    private TurnResult completeTurn(Message customerMessage, NluResult understood) {
        String conversationId = customerMessage.conversationId();
        Conversation conversation = find(conversationId);
        MessageNlu messageNlu = MessageNlu.of(understood);
        DialogueState state = state(conversationId);
        TurnOutcome outcome;
        if (conversation.status() == ConversationStatus.BOT) {
            Decision decision = dialogue.respond(state, customerMessage.text(), understood);
            outcome = decision.escalation() == null
                    ? new TurnOutcome(decision.replies(), DialogueStateCodec.encode(decision.state()), ConversationStatus.BOT, null)
                    : escalate(conversationId, decision, customerMessage, messageNlu);
        } else {
            outcome = new TurnOutcome(List.of(), DialogueStateCodec.encode(state), conversation.status(), null);
        }
        List<Message> replies = store.completeTurn(conversationId, customerMessage.id(), messageNlu, outcome);
        // Most turns leave the status as it was: the conversation read above is still current then.
        Conversation after = outcome.status() == conversation.status() ? conversation : find(conversationId);
        publish(after, replies);
        if (after.status() != conversation.status()) {
            events.statusChanged(after);
        }
        return new TurnResult(after.status(), customerMessage.withNlu(messageNlu), replies);
    }

    private TurnOutcome escalate(String conversationId, Decision decision, Message current, MessageNlu currentNlu) {
        Escalation escalation = escalations.escalation(conversationId, decision.escalation(), decision.state(), current, currentNlu);
        List<NewMessage> replies = new ArrayList<>(decision.replies());
        replies.add(escalations.waitMessage(dialogue.bot().settings().escalation()));
        return new TurnOutcome(replies, DialogueStateCodec.encode(decision.state()), ConversationStatus.WAITING_FOR_AGENT, escalation);
    }

    private void publish(Conversation conversation, List<Message> messages) {
        messages.forEach(m -> events.messageAdded(conversation, m));
    }

    private Conversation changed(String conversationId, NewMessage announcement) {
        Message message = store.append(conversationId, announcement);
        Conversation conversation = find(conversationId);
        events.statusChanged(conversation);
        events.messageAdded(conversation, message);
        return conversation;
    }

    private static void requireAssignee(Conversation conversation, String agent) {
        if (conversation.status() != ConversationStatus.WITH_AGENT) {
            throw new ConversationConflictException("not_claimed", "Claim this conversation before writing in it.");
        }
        if (!agent.equals(conversation.assignee())) {
            throw new ConversationConflictException("already_claimed", "Another agent (" + conversation.assignee() + ") has this conversation.");
        }
    }

    private DialogueState state(String conversationId) {
        return DialogueStateCodec.decode(store.dialogueState(conversationId).orElse(null));
    }

    private Conversation find(String conversationId) {
        return store.find(conversationId).orElseThrow(() -> new ConversationNotFoundException(conversationId));
    }

    private <T> CompletableFuture<T> onBlocking(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, blocking);
    }
}
