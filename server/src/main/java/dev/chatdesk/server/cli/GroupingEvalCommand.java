package dev.chatdesk.server.cli;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.insights.AverageLinkage;
import dev.chatdesk.core.insights.PairwiseAgreement;
import dev.chatdesk.core.insights.QuestionGrouper;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chatdesk insights grouping-eval}: how well unanswered questions are grouped by meaning, on
 * groups known beforehand: a bot's intents, each the group of its examples. Every other intent (by
 * name) is for choosing the similarity threshold, the rest for checking it: per language (each has
 * its own encoder), the threshold with the best pairwise F1 on the first half is chosen and
 * measured on the second.
 */
@Command(name = "grouping-eval", mixinStandardHelpOptions = true,
        description = "Chooses and checks the similarity at which unanswered questions are grouped, on a bot's intents.")
final class GroupingEvalCommand implements Callable<Integer> {
    private static final double LOWEST = 0.20;
    private static final double HIGHEST = 0.90;
    private static final double STEP = 0.05;

    @Spec
    CommandSpec spec;

    @Option(names = "--bot", defaultValue = "bots/demo-shop", description = "The bot whose intents are the known groups (default: ${DEFAULT-VALUE}).")
    Path bot;

    @Mixin
    JsonOutput output;

    /** A language's examples split in two halves of intents, embedded. */
    private record Halves(Examples tuning, Examples heldOut) {}

    /** Examples with their intents and sentence vectors. */
    private record Examples(List<String> intents, List<float[]> vectors) {
        PairwiseAgreement groupedAt(double similarity) {
            return PairwiseAgreement.of(intents, new AverageLinkage(similarity).cluster(vectors));
        }
    }

    /** One threshold's agreement on a language's tuning half. */
    record Tried(double similarity, double precision, double recall, double fHalf) {}

    /** A language's sweep, its chosen threshold and the agreement on its held-out intents there and at the one in use. */
    record Checked(List<Tried> tuning, double chosen, double inUse, int heldOutIntents, int heldOutExamples,
            PairwiseAgreement heldOutAtChosen, PairwiseAgreement heldOutInUse) {}

    /** The command's result. */
    record Result(String bot, Map<String, Checked> languages) {}

    @Override
    public Integer call() throws Exception {
        BotLanguages languages = BotDirectory.loadLanguages(bot);
        Map<Language, Halves> halves = new LinkedHashMap<>();
        for (Language language : languages.languages()) {
            try (SentenceEmbedder embedder = new SentenceEmbedder(PretrainedEncoder.defaultEncoder(language))) {
                halves.put(language, split(languages.in(language), embedder));
            }
        }
        Map<String, Checked> checked = new LinkedHashMap<>();
        halves.forEach((language, split) -> checked.put(language.code(), check(split, QuestionGrouper.SIMILARITY.get(language))));
        output.print(spec, new Result(bot.toString(), checked));
        return 0;
    }

    private static Checked check(Halves split, double inUse) {
        List<Tried> tuning = new ArrayList<>();
        for (double similarity = LOWEST; similarity <= HIGHEST + 1e-9; similarity += STEP) {
            double rounded = Math.round(similarity * 100) / 100.0;
            PairwiseAgreement agreement = split.tuning().groupedAt(rounded);
            tuning.add(new Tried(rounded, agreement.precision(), agreement.recall(), agreement.fHalf()));
        }
        double chosen = tuning.stream().max(Comparator.comparingDouble(Tried::fHalf)).orElseThrow().similarity();
        List<String> heldOut = split.heldOut().intents();
        return new Checked(tuning, chosen, inUse, (int) heldOut.stream().distinct().count(), heldOut.size(),
                split.heldOut().groupedAt(chosen), split.heldOut().groupedAt(inUse));
    }

    /** Intents with at least two examples, out of scope excepted, alternately into the two halves by name. */
    private static Halves split(BotDefinition bot, SentenceEmbedder embedder) {
        List<List<String>> intents = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<String>> texts = List.of(new ArrayList<>(), new ArrayList<>());
        int next = 0;
        for (IntentDefinition intent : bot.intents()) {
            if (intent.name().equals(BotDefinition.OUT_OF_SCOPE) || intent.examples().size() < 2) {
                continue;
            }
            for (String example : intent.examples()) {
                intents.get(next).add(intent.name());
                texts.get(next).add(example);
            }
            next = 1 - next;
        }
        return new Halves(new Examples(intents.get(0), embedder.embed(texts.get(0))),
                new Examples(intents.get(1), embedder.embed(texts.get(1))));
    }
}
