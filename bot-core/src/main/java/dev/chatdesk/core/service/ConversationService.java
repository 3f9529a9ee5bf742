package dev.chatdesk.core.service;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.dialogue.Decision;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.dialogue.DialogueState;
import dev.chatdesk.core.dialogue.DialogueStateCodec;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import dev.chatdesk.core.nlu.NluModels;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.FeedbackStore;
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
 * what agents do is in its {@link AgentDesk}. Messages of one conversation
 * are handled strictly one at a time, in order. Thread-safe; every method returns at once and does
 * its blocking work on the given executor.
 */
public final class ConversationService {
    private final ConversationStore store;
    private final FeedbackStore ratings;
    private final NluModels nlu;
    private final DialogueManager dialogue;
    private final ConversationEvents events;
    private final Executor blocking;
    private final EscalationFactory escalations;
    private final SerialLanes lanes = new SerialLanes();
    private final ConversationLog log;
    private final AgentDesk agentDesk;
    private final Clock clock;

    /**
     * A service over the stores of conversations and of their ratings, the model and the dialogue
     * manager; blocking work runs on {@code blocking}.
     */
    public ConversationService(ConversationStore store, FeedbackStore ratings, NluModels nlu, DialogueManager dialogue,
            ConversationEvents events, Executor blocking, Clock clock) {
        this.store = store;
        this.ratings = ratings;
        this.clock = clock;
        this.nlu = nlu;
        this.dialogue = dialogue;
        this.events = events;
        this.blocking = blocking;
        this.escalations = new EscalationFactory(store, clock);
        this.log = new ConversationLog(store, events);
        this.agentDesk = new AgentDesk(store, dialogue, log, lanes, blocking, clock);
    }

    /** What agents do with the same conversations, in step with their customers' messages. */
    public AgentDesk agentDesk() {
        return agentDesk;
    }

    /** Starts a conversation with the bot's greeting. */
    public CompletableFuture<StartedConversation> start(NewConversation request) {
        return onBlocking(() -> {
            Conversation conversation = store.create(request);
            DialogueState initial = DialogueState.INITIAL.inLanguage(dialogue.bots().answering(language(request.locale())));
            TurnOutcome greeting = new TurnOutcome(List.of(dialogue.greeting(initial)),
                    DialogueStateCodec.encode(initial), ConversationStatus.BOT, null);
            List<Message> messages = store.completeTurn(conversation.id(), null, null, greeting);
            return new StartedConversation(conversation, messages);
        });
    }

    /** The conversation with this id. */
    public CompletableFuture<Conversation> conversation(String conversationId) {
        return onBlocking(() -> log.find(conversationId));
    }

    /** A conversation's messages as its customer sees them (no internal notes), in order. */
    public CompletableFuture<List<Message>> messages(String conversationId) {
        return onBlocking(() -> {
            log.find(conversationId);
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
                        : nlu.forLanguage(dialogue.bots().answering(stored.message().language()))
                                .understand(stored.message().text())
                                .thenApplyAsync(result -> completeTurn(stored.message(), stored.state(), result), blocking)));
    }

    /** The customer asks for a person (the widget's button). */
    public CompletableFuture<ConversationStatus> requestHandoff(String conversationId) {
        return lanes.submit(conversationId, () -> onBlocking(() -> {
            Conversation conversation = log.find(conversationId);
            if (conversation.status() != ConversationStatus.BOT) {
                return conversation.status();
            }
            DialogueState state = state(conversationId);
            TurnOutcome outcome = escalate(conversation, dialogue.handoffPressed(state), null, null).outcome();
            List<Message> stored = store.completeTurn(conversationId, null, null, outcome);
            Conversation after = log.find(conversationId);
            log.published(after, stored);
            events.statusChanged(after);
            return ConversationStatus.WAITING_FOR_AGENT;
        }));
    }

    /**
     * Whether the bot, having handed the conversation over while the team is away, waits for the
     * customer's e-mail address (any message with one gives it).
     */
    public CompletableFuture<Boolean> awaitsEmail(String conversationId) {
        return onBlocking(() -> {
            log.find(conversationId);
            return state(conversationId).awaitingEmail();
        });
    }

    /** Stores a customer's rating of the conversation. */
    public CompletableFuture<Void> feedback(String conversationId, int rating, String comment) {
        return onBlocking(() -> {
            log.find(conversationId);
            ratings.saveFeedback(conversationId, new Feedback(rating, comment, clock.instant()));
            return null;
        });
    }

    /** How many conversations have messages being handled now. */
    public int busyConversations() {
        return lanes.busyKeys();
    }

    /**
     * A customer message as stored, with the conversation's state before it (read once: the lane
     * keeps every other change out until the turn is complete), or the result of a turn already done.
     */
    private record StoredMessage(Message message, DialogueState state, TurnResult finished) {}

    private StoredMessage storeCustomerMessage(String conversationId, String text, String clientMessageId) {
        Conversation conversation = log.find(conversationId);
        if (clientMessageId != null) {
            Optional<Message> earlier = store.findByClientMessageId(conversationId, clientMessageId);
            if (earlier.isPresent()) {
                Message first = earlier.get();
                return first.nlu() == null
                        ? new StoredMessage(first, state(conversationId), null)
                        : new StoredMessage(first, null, new TurnResult(conversation.status(), first,
                                store.repliesTo(conversationId, first.id()), state(conversationId).awaitingEmail()));
            }
        }
        if (conversation.status() == ConversationStatus.CLOSED) {
            store.transition(conversationId, EnumSet.of(ConversationStatus.CLOSED), ConversationStatus.BOT, null);
            conversation = log.find(conversationId);
            events.statusChanged(conversation);
        }
        DialogueState state = state(conversationId);
        Language language = state.isFetchedOption(text) ? state.language() : LanguageDetector.detect(text, state.language());
        Message message = log.append(conversation, NewMessage.fromCustomer(text, clientMessageId, language));
        return new StoredMessage(message, state, null);
    }

    private TurnResult completeTurn(Message customerMessage, DialogueState before, NluResult understood) {
        String conversationId = customerMessage.conversationId();
        Conversation conversation = log.find(conversationId);
        MessageNlu messageNlu = MessageNlu.of(understood);
        DialogueState state = before.inLanguage(dialogue.bots().answering(customerMessage.language()));
        PlannedTurn turn;
        if (conversation.status() == ConversationStatus.BOT) {
            Decision decision = dialogue.respond(state, customerMessage.text(), understood);
            turn = decision.escalation() == null
                    ? PlannedTurn.of(decision.replies(), decision.state(), ConversationStatus.BOT, null, decision.action())
                    : escalate(conversation, decision, customerMessage, messageNlu);
        } else if (conversation.status() == ConversationStatus.WAITING_FOR_AGENT) {
            Decision decision = dialogue.whileWaiting(state, customerMessage.text());
            turn = PlannedTurn.of(decision.replies(), decision.state(), conversation.status(), null, null);
        } else {
            turn = PlannedTurn.of(List.of(), state, conversation.status(), null, null);
        }
        TurnOutcome outcome = turn.outcome();
        List<Message> replies = store.completeTurn(conversationId, customerMessage.id(), messageNlu, outcome);
        // Most turns leave the status as it was: the conversation read above is still current then.
        Conversation after = outcome.status() == conversation.status() ? conversation : log.find(conversationId);
        Message understoodMessage = customerMessage.withNlu(messageNlu);
        events.understood(after, understoodMessage);
        log.published(after, replies);
        if (after.status() != conversation.status()) {
            events.statusChanged(after);
        }
        return new TurnResult(after.status(), understoodMessage, replies, turn.state().awaitingEmail());
    }

    private PlannedTurn escalate(Conversation conversation, Decision decision, Message current, MessageNlu currentNlu) {
        BotDefinition bot = dialogue.bot(decision.state());
        Escalation escalation = escalations.escalation(bot, conversation.id(), decision.escalation(), decision.state(), current, currentNlu);
        List<NewMessage> replies = new ArrayList<>(decision.replies());
        EscalationFactory.Handover handover = escalations.handover(
                bot.settings().escalation(), decision.escalation().reason(), conversation.customer(), bot.language());
        replies.add(handover.message());
        DialogueState state = decision.state().awaitingEmail(handover.asksForEmail());
        return PlannedTurn.of(replies, state, ConversationStatus.WAITING_FOR_AGENT, escalation,
                current == null ? null : decision.action());
    }

    /** A turn about to be stored, with the dialogue state it leaves as it is (not read back from its stored form). */
    private record PlannedTurn(TurnOutcome outcome, DialogueState state) {
        static PlannedTurn of(List<NewMessage> replies, DialogueState state, ConversationStatus status, Escalation escalation,
                BotAction action) {
            return new PlannedTurn(new TurnOutcome(replies, DialogueStateCodec.encode(state), status, escalation, action), state);
        }
    }

    /** The language of a locale such as {@code zh-CN}; null (the bot's default) when it is none of ours. */
    private static Language language(String locale) {
        try {
            return locale == null ? null : Language.fromCode(locale);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private DialogueState state(String conversationId) {
        return DialogueStateCodec.decode(store.dialogueState(conversationId).orElse(null));
    }

    private <T> CompletableFuture<T> onBlocking(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, blocking);
    }
}
