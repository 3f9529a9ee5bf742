package dev.chatdesk.server.cli;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.training.BotTrainingData;
import dev.chatdesk.models.training.ModelCache;
import dev.chatdesk.models.training.TrainingData;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk nlu train}: trains a bot's intent, sentiment and anger model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the bot's intent model together with the sentiment and anger heads.")
final class NluTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bot", required = true,
            description = "The bot's directory (with its own encoder, if any, in models/<name>/).")
    Path bot;

    @Option(names = "--out", description = "Also save the trained model into this directory.")
    Path out;

    @Option(names = "--full", description = "Train from the pretrained encoder even when a cached model of nearly the same"
            + " intents could be trained on (which takes seconds), and replace a cached model of the same data.")
    boolean full;

    @Mixin
    JsonOutput output;

    @Mixin
    TrainingOptions training;

    @Mixin
    LanguageOption languageOption;

    @Override
    public Integer call() throws Exception {
        BotLanguages bots = BotModels.load(bot);
        Language language = languageOption.resolve(
                bots.primary().intents().stream().flatMap(i -> i.examples().stream()).toList());
        BotDefinition definition = bots.in(language);
        TrainingData trainingData = BotTrainingData.of(definition, language);
        EncoderSource encoder = BotModels.encoder(bot, language);
        ModelCache.Outcome outcome = training.obtain(trainingData, encoder, spec.commandLine().getErr(), full);
        try (TrainedNlu model = outcome.model()) {
            if (out != null) {
                model.save(out);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("bot", definition.name());
            result.put("language", language.code());
            result.put("intents", model.spec().intents().size());
            result.put("examples", trainingData.intents().size());
            result.put("sentimentExamples", trainingData.sentiment().size());
            result.put("heldOut", model.spec().heldOut());
            result.put("confidenceThreshold", model.spec().confidenceThreshold());
            result.put("similarityThreshold", model.spec().similarityThreshold());
            result.put("trainSeconds", model.spec().trainSeconds());
            result.put("training", outcome.how());
            result.put("summary", outcome.summary());
            result.put("model", (out != null ? out : training.cache().directoryFor(trainingData, training.settings(), encoder)).toString());
            output.print(spec, result);
        }
        return 0;
    }
}
