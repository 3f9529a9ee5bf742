package dev.chatdesk.server.bench;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.EscalationRule;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The customer messages of the benchmark: what customers of the demo shop write that the bot
 * answers itself. The bot's intent examples, less those of intents a person handles (a request for
 * a person, escalation rules, complaints) and out-of-scope ones, plus a few questions for the help
 * articles; then, as the model reads them, less those that would still be handed to a person
 * (read as such an intent, or angry enough). In a fixed shuffled order.
 */
final class BenchMessages {
    /** Complaints are mostly angry and end with a person, so a bot-only mix leaves them out. */
    static final String COMPLAINT = "complaint";

    /**
     * Questions the intents do not cover, answered from the help articles: a search of the
     * knowledge base is part of the real cost of a turn.
     */
    static final List<String> HELP_ARTICLE_QUESTIONS = List.of(
            "what does the hydrostatic head of a tent mean",
            "how should I wash a down jacket",
            "do you repair broken zips",
            "is there a student discount",
            "which temperature rating should my sleeping bag have",
            "do you price match other shops",
            "how do pre-orders work",
            "what personal data do you keep about me",
            "how do I download a copy of my data",
            "what are you doing about sustainability");

    private static final int WINDOW = 64;

    private BenchMessages() {}

    /** The mix for this bot, as its model reads it. */
    static List<String> of(BotDefinition bot, NluModel model) throws InterruptedException {
        Set<String> handedOver = intentsHandedToPeople(bot);
        List<String> candidates = new ArrayList<>();
        for (IntentDefinition intent : bot.intents()) {
            if (!handedOver.contains(intent.name()) && !intent.name().equals(BotDefinition.OUT_OF_SCOPE)) {
                candidates.addAll(intent.examples());
            }
        }
        candidates.addAll(HELP_ARTICLE_QUESTIONS);
        double angerLimit = bot.settings().thresholds().angerRising();
        List<String> messages = new ArrayList<>();
        // In windows, so the model's queue never overflows.
        for (int from = 0; from < candidates.size(); from += WINDOW) {
            List<String> window = candidates.subList(from, Math.min(candidates.size(), from + WINDOW));
            List<CompletableFuture<NluResult>> read = window.stream().map(model::understand).toList();
            for (int i = 0; i < window.size(); i++) {
                NluResult nlu = result(read.get(i));
                if (nlu.anger() < angerLimit && !handedOver.contains(nlu.intent().name())) {
                    messages.add(window.get(i));
                }
            }
        }
        Collections.shuffle(messages, new Random(7));
        return List.copyOf(messages);
    }

    /** The intents whose messages the bot hands to a person. */
    static Set<String> intentsHandedToPeople(BotDefinition bot) {
        Set<String> names = new HashSet<>(Set.of(BotDefinition.HUMAN_HANDOFF, COMPLAINT));
        for (EscalationRule rule : bot.settings().escalation().rules()) {
            names.add(rule.intent());
        }
        return names;
    }

    private static NluResult result(CompletableFuture<NluResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the model could not read a benchmark message", e.getCause());
        }
    }
}
