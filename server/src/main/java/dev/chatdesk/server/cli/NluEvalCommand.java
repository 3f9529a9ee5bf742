package dev.chatdesk.server.cli;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.data.CsvDatasets;
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.eval.NluEvaluation;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.training.BotTrainingData;
import dev.chatdesk.models.training.TrainingData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk nlu eval}: fine-tunes on a CSV and measures on another, or measures the bundled sentiment model. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluates intent or sentiment recognition on a text,label CSV.")
final class NluEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The two tasks of the contract. */
    enum Task { intent, sentiment }

    @Option(names = "--task", required = true, description = "intent or sentiment.")
    Task task;

    @Option(names = "--train", description = "CSV (text,label) to fine-tune the default pretrained encoder on.")
    Path train;

    @Option(names = "--test", required = true, description = "CSV (text,label) to measure on.")
    Path test;

    @Option(names = "--oos-label", description = "The label of out-of-scope examples.")
    String oosLabel;

    @Mixin
    JsonOutput output;

    @Mixin
    TrainingOptions training;

    @Mixin
    LanguageOption languageOption;

    @Override
    public Integer call() throws Exception {
        List<LabelledText> testSet = CsvDatasets.readLabelled(test);
        if (testSet.isEmpty()) {
            throw new IllegalArgumentException(test + " has no examples");
        }
        Language language = languageOption.resolve(testSet.stream().map(LabelledText::text).toList());
        Map<String, Object> result;
        if (train != null) {
            Optional<String> oos = Optional.ofNullable(oosLabel);
            TrainingData trainingData = new TrainingData(CsvDatasets.readLabelled(train), oos, List.of());
            try (TrainedNlu model = training.trainOrLoad(trainingData, PretrainedEncoder.defaultEncoder(language),
                    spec.commandLine().getErr())) {
                result = NluEvaluation.classification(task.name(), model, testSet, oos);
            }
        } else if (task == Task.sentiment) {
            try (TrainedNlu model = training.trainOrLoad(BotTrainingData.sentimentOnly(language),
                    PretrainedEncoder.defaultEncoder(language), spec.commandLine().getErr())) {
                result = NluEvaluation.sentiment(model, testSet, CsvDatasets.readAngerLevels(test));
            }
        } else {
            throw new IllegalArgumentException("--task intent needs --train FILE: there is no bundled intent model to evaluate");
        }
        output.print(spec, result);
        return 0;
    }
}
