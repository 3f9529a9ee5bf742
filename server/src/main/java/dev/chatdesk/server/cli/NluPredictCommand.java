package dev.chatdesk.server.cli;

import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.training.BotTrainingData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk nlu predict}: understands one message per line of standard input. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Reads one message a line from standard input and prints what the bot's model understood.")
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
        try (TrainedNlu model = training.trainOrLoad(BotTrainingData.of(BotModels.load(bot)), BotModels.encoder(bot),
                        spec.commandLine().getErr());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                NluResult result = model.toResult(model.score(List.of(line)).get(0));
                spec.commandLine().getOut().println(json ? JsonOutput.line(toJson(line, result)) : describe(line, result));
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }

    static Map<String, Object> toJson(String text, NluResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text);
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

    private static String describe(String text, NluResult result) {
        return String.format("%-40s  intent %s (%.2f)%s  sentiment %s (%.2f)  anger %.2f",
                text.length() > 40 ? text.substring(0, 37) + "..." : text,
                result.intent().name(), result.intent().confidence(), result.outOfScope() ? " [out of scope]" : "",
                result.sentiment().label().wireName(), result.sentiment().score(), result.anger());
    }
}
