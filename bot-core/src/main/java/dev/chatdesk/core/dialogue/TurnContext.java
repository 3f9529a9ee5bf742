package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.core.bot.BotSettings;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.Source;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.NluResult;
import java.util.List;
import java.util.function.Supplier;

/**
 * One customer message as the policies see it: the text, what it means (the model's reading, or
 * the intent a button names), the bot and the state before the turn.
 *
 * @param bot the bot
 * @param text the customer's message, trimmed
 * @param nlu what the model understood
 * @param intent the intent the turn is about: a button's {@code /intent} payload, else the model's
 * @param outOfScope whether no intent of the bot fits (never for a button)
 * @param state the conversation's state, with this message's anger and intent already observed
 * @param responses picks among response variations the one that fits the message
 * @param vector the message's sentence vector, embedded once when first needed (null without an embedder)
 */
record TurnContext(BotDefinition bot, String text, NluResult nlu, IntentScore intent, boolean outOfScope, DialogueState state,
        ResponseChooser responses, Supplier<float[]> vector) {
    /** Whether the message is worded as a question ("how long does the refund take", "is it free?"). */
    boolean isQuestion() {
        return phrases().question().matcher(text).find();
    }

    /** What the dialogue manager says and recognises in the bot's language. */
    Phrases phrases() {
        return Phrases.of(bot.language());
    }

    BotSettings settings() {
        return bot.settings();
    }

    /** Whether the turn's intent is the given one, with enough confidence to act on. */
    boolean isConfident(String intentName) {
        return intent.name().equals(intentName) && isConfident();
    }

    /** Whether the turn's intent is an intent of the bot, with enough confidence to act on. */
    boolean isConfident() {
        return !isOutOfScope() && intent.confidence() >= settings().thresholds().intentConfidence();
    }

    /** Whether no intent of the bot fits. */
    boolean isOutOfScope() {
        return outOfScope || intent.name().equals(BotDefinition.OUT_OF_SCOPE);
    }

    /** The button that asks for a person, titled as the bot's {@code human_handoff} intent ("Talk to a mechanic"). */
    List<QuickReply> handoffButton() {
        String title = bot.intent(BotDefinition.HUMAN_HANDOFF).map(IntentDefinition::title).orElse(phrases().talkToPerson());
        return List.of(new QuickReply(title, "/" + BotDefinition.HUMAN_HANDOFF));
    }

    /** Whether the message is a button's payload ({@code /intent_name}), not words the customer typed. */
    boolean isButton() {
        return text.startsWith("/");
    }

    /** This turn read as another message (the one a clarification was about), with the same intent. */
    TurnContext withText(String message) {
        return new TurnContext(bot, message, nlu, intent, outOfScope, state, responses, responses.vectorOf(message));
    }

    /** This turn with another state. */
    TurnContext withState(DialogueState next) {
        return new TurnContext(bot, text, nlu, intent, outOfScope, next, responses, vector);
    }

    /** The variation that fits the message best, and how well. */
    ResponseChooser.Chosen choose(List<BotResponse> variations) {
        return responses.choose(text, vector, variations);
    }

    /** The variation that fits the message best, as a bot message. */
    NewMessage say(List<BotResponse> variations) {
        return say(choose(variations).response());
    }

    /** A response as a bot message. */
    static NewMessage say(BotResponse response) {
        return botMessage(response.text(), response.quickReplies(), List.of());
    }

    static NewMessage botMessage(String text, List<QuickReply> quickReplies, List<Source> sources) {
        return new NewMessage(Role.BOT, text, quickReplies, sources, null, null, null, null);
    }
}
