package dev.chatdesk.server.cli;

import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.training.BotTrainingData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk nlu predict}: understands one message per line of standard input, each with the model of its language. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Reads one message a line from standard input (English or Chinese, detected per line) and prints what the bot's model of that language understood.")
final class NluPredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bot", description = "The bot's directory (default: the demo bot).")
    Path bot;

    @Option(names = "--json", description = "Print one JSON object a line.")
    boolean json;

    @Mixin
    TrainingOptions training;

    @Override
    public Integer call() throws Exception {
        BotLanguages bots = BotModels.load(bot);
        Map<Language, TrainedNlu> models = new EnumMap<>(Language.class);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Language language = bots.answering(LanguageDetector.detect(line));
                TrainedNlu model = models.get(language);
                if (model == null) {
                    // a language's model is loaded (or trained) when its first line comes
                    model = training.trainOrLoad(BotTrainingData.of(bots.in(language), language),
                            BotModels.encoder(bot, language), spec.commandLine().getErr());
                    models.put(language, model);
                }
                NluResult result = model.toResult(model.score(List.of(line)).get(0));
                spec.commandLine().getOut().println(json ? JsonOutput.line(toJson(line, language, result))
                        : describe(line, language, result));
                spec.commandLine().getOut().flush();
            }
        } finally {
            models.values().forEach(TrainedNlu::close);
        }
        return 0;
    }

    static Map<String, Object> toJson(String text, Language language, NluResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text);
        json.put("language", language.code());
        json.put("intent", pair("name", result.intent().name(), "confidence", result.intent().confidence()));
        json.put("outOfScope", result.outOfScope());
        json.put("sentiment", pair("label", result.sentiment().label().wireName(), "score", result.sentiment().score()));
        json.put("anger", result.anger());
        json.put("ranking", result.ranking().stream().limit(3)
                .map(i -> pair("name", i.name(), "confidence", i.confidence())).toList());
        return json;
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static String describe(String text, Language language, NluResult result) {
        return String.format("%-40s  %s  intent %s (%.2f)%s  sentiment %s (%.2f)  anger %.2f",
                text.length() > 40 ? text.substring(0, 37) + "..." : text, language.code(),
                result.intent().name(), result.intent().confidence(), result.outOfScope() ? " [out of scope]" : "",
                result.sentiment().label().wireName(), result.sentiment().score(), result.anger());
    }
}
