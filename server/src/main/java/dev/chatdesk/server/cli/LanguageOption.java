package dev.chatdesk.server.cli;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import java.util.Collection;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --language en|zh} option: which language's default encoder and bundled sentiment data a
 * command uses; without it, the language most of the command's texts are in.
 */
final class LanguageOption {
    @Option(names = "--language", paramLabel = "en|zh",
            description = "The data's language (en or zh); without it, detected from the data.")
    String language;

    /** The language given, or the one most of {@code texts} are in (English on a tie or none). */
    Language resolve(Collection<String> texts) {
        if (language != null) {
            return switch (language.toLowerCase(Locale.ROOT)) {
                case "en" -> Language.EN;
                case "zh" -> Language.ZH;
                default -> throw new IllegalArgumentException("--language must be en or zh, was '" + language + "'");
            };
        }
        long chinese = texts.stream().filter(text -> LanguageDetector.detect(text) == Language.ZH).count();
        return chinese * 2 > texts.size() ? Language.ZH : Language.EN;
    }
}
