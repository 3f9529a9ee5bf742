package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.bot.OrderLookup;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.privacy.EmailAddresses;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Decides what the bot does with each customer message. The policies are asked in this order,
 * and the first that applies decides: leave the flow under way when the customer says stop;
 * escalate an angry customer; continue the flow under way
 * (answering a question asked in the middle of it, then asking the flow's question again);
 * take the answer to a clarification; answer a confident intent (escalating requests for a person
 * and rule intents, starting flows); ask which of two intents was meant when the message is torn
 * between them; answer from the knowledge base; ask to clarify; say what the
 * bot cannot do (escalating after repeated failures). Thread-safe; {@link #respond} blocks while
 * it searches the knowledge base or calls a flow's action.
 */
public final class DialogueManager {

    private volatile BotLanguages bots;
    private final Function<Language, TextEmbedder> embedders;
    private final RandomGenerator random;
    private final Map<Language, ResponseChooser> responses = new ConcurrentHashMap<>();
    private final List<DialoguePolicy> policies;
    private final ActionClient actions;

    /**
     * A dialogue manager for a bot in each of its languages, answering from the given knowledge
     * base and calling actions with the client; the embedders (the knowledge base's sentence
     * encoder of each language; null for none) pick the answer that fits a message among an
     * intent's responses, else they are picked at random. A turn is in its state's language.
     */
    public DialogueManager(BotLanguages bots, KnowledgeBase knowledgeBase, ActionClient actions,
            Function<Language, TextEmbedder> embedders, RandomGenerator random) {
        this.bots = bots;
        this.embedders = embedders;
        this.random = random;
        this.actions = actions;
        FlowRunner flows = new FlowRunner(actions);
        KnowledgeBasePolicy articles = new KnowledgeBasePolicy(knowledgeBase);
        IntentPolicy intents = new IntentPolicy(flows, articles);
        this.policies = List.of(
                new LeaveFlowPolicy(),
                new AngerPolicy(),
                new ActiveFlowPolicy(flows, intents, articles),
                new ClarificationAnswerPolicy(intents),
                intents,
                ClarifyPolicy.whenTornBetweenIntents(),
                articles,
                ClarifyPolicy.whenUnsure(),
                new FallbackPolicy());
    }

    /** A dialogue manager for a bot of one language, picking among responses with one embedder (null: none). */
    public DialogueManager(BotDefinition bot, KnowledgeBase knowledgeBase, ActionClient actions, TextEmbedder embedder,
            RandomGenerator random) {
        this(BotLanguages.of(bot), knowledgeBase, actions, embedder == null ? null : language -> embedder, random);
    }

    /** A dialogue manager for a bot of one language that picks among an intent's responses by keywords, then at random. */
    public DialogueManager(BotDefinition bot, KnowledgeBase knowledgeBase, ActionClient actions, RandomGenerator random) {
        this(bot, knowledgeBase, actions, null, random);
    }

    /** The bot it runs, in every language. */
    public BotLanguages bots() {
        return bots;
    }

    /**
     * Runs the bot as changed (its responses, flows, settings) from the next turn on;
     * conversations go on where they are.
     *
     * @throws IllegalArgumentException if the changed bot speaks other languages
     */
    public void reload(BotLanguages changed) {
        if (!changed.languages().equals(bots.languages())) {
            throw new IllegalArgumentException("the changed bot speaks " + changed.languages() + ", not "
                    + bots.languages() + ": that takes a restart");
        }
        bots = changed;
    }

    /** The bot in the language a conversation in this state is in. */
    public BotDefinition bot(DialogueState state) {
        return bots.in(state.language());
    }

    /**
     * The order a conversation in this state is about, as the shop's API answers for the number
     * the bot has learnt ({@link dev.chatdesk.core.bot.OrderLookup}); empty when the bot looks up
     * no orders or has no order number yet.
     *
     * @throws IOException when the API cannot be reached
     */
    public Optional<ShopOrder> order(DialogueState state) throws IOException {
        OrderLookup lookup = bots.primary().settings().orderLookup();
        String number = lookup == null ? null : state.slots().get(lookup.slot());
        if (number == null) {
            return Optional.empty();
        }
        ActionClient.ActionResult answer = actions.call("GET",
                Templates.fillUrl(lookup.url(), state.slots(), bot(state).settings().variables()), Map.of(), Map.of());
        return Optional.of(new ShopOrder(number, answer.status(), answer.json()));
    }

    /** What the bot says when a conversation in this state (its language) starts. */
    public NewMessage greeting(DialogueState state) {
        return context(bot(state), "", null, null, false, state).say(bot(state).settings().greeting());
    }

    /** What the bot says when an agent hands a conversation in this state back. */
    public NewMessage resumed(DialogueState state) {
        return TurnContext.botMessage(bot(state).settings().agentReleased(), List.of(), List.of());
    }

    /** The hand-over the customer asked for with the bot's button, for agents in the state's language. */
    public Decision handoffPressed(DialogueState state) {
        return new Decision(List.of(), state,
                new EscalationRequest(EscalationReason.REQUESTED, Phrases.of(bot(state).language()).pressedHandoff()));
    }

    /** The bot's turn after a customer message the model has read, in the state's language. */
    public Decision respond(DialogueState state, String text, NluResult nlu) {
        BotDefinition bot = bot(state);
        String message = text.strip();
        Optional<IntentScore> button = buttonIntent(bot, message);
        IntentScore intent = button.orElse(nlu.intent());
        boolean outOfScope = button.isEmpty() && nlu.outOfScope();
        String seen = button.isPresent() || !outOfScope ? intent.name() : null;
        DialogueState observed = state.observe(nlu.anger(), BotDefinition.OUT_OF_SCOPE.equals(seen) ? null : seen);
        TurnContext turn = context(bot, message, nlu, intent, outOfScope, observed);
        for (DialoguePolicy policy : policies) {
            Optional<Decision> decision = policy.decide(turn);
            if (decision.isPresent()) {
                return decision.get().counted();
            }
        }
        throw new IllegalStateException("the fallback policy always decides");
    }

    /**
     * The bot's turn after a customer message while the conversation waits for a person: it
     * answers only the e-mail address it asked for (outside the team's hours), and keeps it.
     */
    public Decision whileWaiting(DialogueState state, String text) {
        Optional<String> email = state.awaitingEmail() ? EmailAddresses.first(text) : Optional.empty();
        if (email.isEmpty()) {
            return new Decision(List.of(), state, null);
        }
        String thanks = bot(state).settings().escalation().emailThanks().replace("{email}", email.get());
        return Decision.reply(state.awaitingEmail(false).withSlot("email", email.get()),
                TurnContext.botMessage(thanks, List.of(), List.of()));
    }

    /** The intent a quick-reply button names with its {@code /intent_name} payload. */
    private static Optional<IntentScore> buttonIntent(BotDefinition bot, String message) {
        if (!message.startsWith("/")) {
            return Optional.empty();
        }
        return bot.intent(message.substring(1)).map(i -> new IntentScore(i.name(), 1.0));
    }

    private TurnContext context(BotDefinition bot, String text, NluResult nlu, IntentScore intent, boolean outOfScope,
            DialogueState state) {
        ResponseChooser chooser = responses.computeIfAbsent(bot.language(),
                language -> new ResponseChooser(embedders == null ? null : embedders.apply(language), random));
        return new TurnContext(bot, text, nlu, intent, outOfScope, state, chooser, chooser.vectorOf(text));
    }
}
