package dev.chatdesk.server.cli;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import java.util.Collection;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --language en|zh} option: which language's default encoder, analysis and bundled
 * sentiment data a command uses; without it, the language of the command's data.
 */
final class LanguageOption {
    @Option(names = "--language", paramLabel = "en|zh",
            description = "The data's language (en or zh); without it, detected from the data.")
    String language;

    /** The language given, or the one most of {@code texts} are in (English on a tie or none). */
    Language resolve(Collection<String> texts) {
        return given().orElseGet(() -> {
            long chinese = texts.stream().filter(text -> LanguageDetector.detect(text) == Language.ZH).count();
            return chinese * 2 > texts.size() ? Language.ZH : Language.EN;
        });
    }

    /** The language given, if it was; a value other than en or zh is refused, naming it. */
    Optional<Language> given() {
        if (language == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.fromCode(language));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage(), e);
        }
    }
}
