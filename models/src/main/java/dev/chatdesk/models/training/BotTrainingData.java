package dev.chatdesk.models.training;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.data.CsvDatasets;
import dev.chatdesk.models.data.LabelledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The training data of a bot's model: its intents' examples plus our sentiment and anger set. */
public final class BotTrainingData {
    private BotTrainingData() {}

    /** The bot's intent examples (out of scope ones as such) and the bundled English sentiment data. */
    public static TrainingData of(BotDefinition bot) {
        return of(bot, Language.EN);
    }

    /** The bot's intent examples (out of scope ones as such) and the bundled sentiment data of the language. */
    public static TrainingData of(BotDefinition bot, Language language) {
        List<LabelledText> examples = new ArrayList<>();
        for (IntentDefinition intent : bot.intents()) {
            for (String example : intent.examples()) {
                examples.add(new LabelledText(example, intent.name()));
            }
        }
        Optional<String> oos = bot.hasOutOfScopeExamples() ? Optional.of(BotDefinition.OUT_OF_SCOPE) : Optional.empty();
        return new TrainingData(examples, oos, CsvDatasets.bundledCustomerSentiment(language));
    }

    /** The bundled sentiment and anger data of the language alone: that language's default sentiment model's training data. */
    public static TrainingData sentimentOnly(Language language) {
        return new TrainingData(List.of(), Optional.empty(), CsvDatasets.bundledCustomerSentiment(language));
    }
}
