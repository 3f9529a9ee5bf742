package dev.chatdesk.core.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.chatdesk.core.nlu.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Drafts that admins write from the insights, for a person to review before the bot uses them:
 * intents as {@code intents/<name>.yml} and help articles as {@code articles/<id>.md}, in the
 * bot's own formats, under a drafts folder that the bot does not read. Reviewed, a draft is moved
 * into the bot's {@code intents/} (then the model is retrained) or {@code articles/} (imported at
 * the next start; or {@code chatdesk kb import}). A draft is never overwritten.
 */
public final class BotDrafts {
    private static final Pattern INTENT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final Path directory;
    private final BotLanguages bot;
    private final Clock clock;

    /** Drafts under {@code directory} for {@code bot}. */
    public BotDrafts(Path directory, BotLanguages bot, Clock clock) {
        this.directory = directory;
        this.bot = bot;
        this.clock = clock;
    }

    /** Where the drafts go. */
    public Path directory() {
        return directory;
    }

    /**
     * Writes {@code intents/<name>.yml}: a whole intent when the bot has none of that name, the
     * examples to add when it has.
     *
     * @return the file, relative to the drafts folder
     * @throws IllegalArgumentException for a bad name, no examples, or a new intent without an answer
     * @throws FileAlreadyExistsException (unchecked, as {@link UncheckedIOException}) when a draft of that name waits for review
     */
    public Path draftIntent(IntentDraft draft) {
        if (!INTENT_NAME.matcher(draft.name()).matches()) {
            throw new IllegalArgumentException("an intent's name is lower-case letters, digits and _, starting with a letter");
        }
        if (draft.examples().isEmpty()) {
            throw new IllegalArgumentException("an intent needs examples");
        }
        boolean exists = bot.in(bot.answering(draft.language())).intent(draft.name()).isPresent();
        if (!exists && (draft.answer() == null || draft.answer().isBlank())) {
            throw new IllegalArgumentException("a new intent needs an answer");
        }
        String language = draft.language().code();
        ObjectNode intent = YAML.createObjectNode().put("intent", draft.name());
        if (!exists) {
            String title = draft.title() == null || draft.title().isBlank() ? null : draft.title().strip();
            if (title != null) {
                intent.putObject("title").put(language, title);
            }
            intent.put("description", "Drafted from customers' unanswered questions.");
        }
        ArrayNode examples = intent.putObject("examples").putArray(language);
        draft.examples().forEach(example -> examples.add(example.strip()));
        if (!exists) {
            intent.putObject("responses").putArray(language).addObject().put("text", draft.answer().strip());
        }
        String review = exists
                ? "Examples to add to the bot's intents/" + draft.name() + ".yml; then retrain (chatdesk nlu train)."
                : "A new intent: add its title, examples and answer in the bot's other languages ("
                        + String.join(", ", bot.languages().stream().map(Language::code).toList())
                        + "), move it to the bot's intents/ and retrain (chatdesk nlu train).";
        return write("intents", draft.name() + ".yml", header(review) + yaml(intent));
    }

    /**
     * Writes {@code articles/<id>.md}: front matter with the customers' questions as comments, then the body.
     *
     * @return the file, relative to the drafts folder
     */
    public Path draftArticle(ArticleDraft draft) {
        if (!ARTICLE_ID.matcher(draft.id()).matches()) {
            throw new IllegalArgumentException("an article's id is lower-case letters, digits and -");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.body() == null || draft.body().isBlank()) {
            throw new IllegalArgumentException("an article needs a title and a body");
        }
        ObjectNode meta = YAML.createObjectNode().put("id", draft.id()).put("title", draft.title().strip())
                .put("language", draft.language().code());
        StringBuilder questions = new StringBuilder();
        draft.questions().forEach(q -> questions.append("#   ").append(q.strip().replace('\n', ' ')).append('\n'));
        String text = "---\n" + header("Review it, then move it to the bot's articles/ (imported at the next start) or run chatdesk kb import.")
                + "# Customers asked:\n" + questions + yaml(meta) + "---\n" + draft.body().strip() + "\n";
        return write("articles", draft.id() + ".md", text);
    }

    private String header(String review) {
        return "# Draft written from the insights' unanswered questions on " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                + ".\n# " + review + "\n";
    }

    private Path write(String folder, String file, String text) {
        Path relative = Path.of(folder, file);
        try {
            Files.createDirectories(directory.resolve(folder));
            Files.writeString(directory.resolve(relative), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yaml(ObjectNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
