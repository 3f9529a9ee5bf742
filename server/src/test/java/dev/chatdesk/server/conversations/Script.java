package dev.chatdesk.server.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One YAML file of conversations, as written under {@code conversations/<bot>/}. Reading is strict:
 * an unknown key (a misspelt check would otherwise never run), a turn that is not exactly one of
 * {@code customer}, {@code press} and {@code agent}, or a conversation without turns fails with the
 * file's name and what is wrong.
 */
record Script(List<Conversation> conversations) {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();
    private static final Set<String> STATUSES = Set.of("bot", "waiting_for_agent", "with_agent", "closed");

    Script {
        conversations = conversations == null ? List.of() : List.copyOf(conversations);
    }

    /**
     * A conversation: a name that says what it shows, the language of the page the widget is on
     * ({@code zh-CN}; none: the bot's default), and the turns in order.
     */
    record Conversation(String name, String locale, List<Turn> turns) {
        Conversation {
            turns = turns == null ? List.of() : List.copyOf(turns);
        }
    }

    /**
     * One turn: the customer writes ({@code customer}), presses a button of the last message they
     * see ({@code press}, by its title), or an agent acts ({@code agent}); {@code bot} is what the
     * customer must then see.
     */
    record Turn(String customer, String press, AgentAction agent, @JsonProperty("bot") Expectation expect) {
        Turn {
            expect = expect == null ? Expectation.NONE : expect;
        }
    }

    /**
     * What an agent does in an {@code agent} turn, in this order: claims the conversation (when it
     * waits in the queue), says {@code say}, then hands it back to the bot ({@code release}) or
     * closes it ({@code resolve}).
     */
    record AgentAction(String say, boolean release, boolean resolve) {}

    /**
     * The checks on what the customer sees in a turn; every one is optional.
     *
     * @param contains each appears, ignoring case, in the turn's messages together
     * @param notContains none appears, ignoring case
     * @param matches a regular expression found in the turn's messages (joined by new lines)
     * @param buttons these quick-reply titles are offered in the turn
     * @param noButtons {@code true}: no quick reply is offered at all; or a list of titles that are not
     * @param cites each is (part of) the title of a help article a message of the turn cites
     * @param status the conversation's status after the turn
     * @param replies how many messages the customer sees in the turn
     */
    record Expectation(
            List<String> contains,
            List<String> notContains,
            String matches,
            List<String> buttons,
            JsonNode noButtons,
            List<String> cites,
            String status,
            Integer replies) {
        static final Expectation NONE = new Expectation(null, null, null, null, null, null, null, null);

        Expectation {
            contains = contains == null ? List.of() : List.copyOf(contains);
            notContains = notContains == null ? List.of() : List.copyOf(notContains);
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
            cites = cites == null ? List.of() : List.copyOf(cites);
        }

        /** Whether {@code noButtons: true} forbids every quick reply. */
        boolean forbidsAllButtons() {
            return noButtons != null && noButtons.isBoolean() && noButtons.asBoolean();
        }

        /** The titles {@code noButtons: [...]} forbids. */
        List<String> forbiddenButtons() {
            List<String> titles = new ArrayList<>();
            if (noButtons != null && noButtons.isArray()) {
                noButtons.forEach(n -> titles.add(n.asText()));
            } else if (noButtons != null && noButtons.isTextual()) {
                titles.add(noButtons.asText());
            }
            return titles;
        }
    }

    /** Reads and checks a file. */
    static Script read(Path file) throws IOException {
        Script script;
        try (InputStream in = Files.newInputStream(file)) {
            script = YAML.readValue(in, Script.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getOriginalMessage() + " (" + e.getLocation() + ")", e);
        }
        if (script == null || script.conversations().isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + " holds no conversations");
        }
        for (Conversation conversation : script.conversations()) {
            check(file, conversation);
        }
        return script;
    }

    private static void check(Path file, Conversation conversation) {
        String where = file.getFileName() + ", conversation \"" + conversation.name() + "\"";
        if (conversation.name() == null || conversation.name().isBlank()) {
            throw new IllegalArgumentException(file.getFileName() + ": a conversation has no name");
        }
        if (conversation.turns().isEmpty()) {
            throw new IllegalArgumentException(where + " has no turns");
        }
        for (int i = 0; i < conversation.turns().size(); i++) {
            Turn turn = conversation.turns().get(i);
            int kinds = (turn.customer() != null ? 1 : 0) + (turn.press() != null ? 1 : 0) + (turn.agent() != null ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException(where + ", turn " + (i + 1) + ": needs exactly one of customer, press and agent");
            }
            Expectation expect = turn.expect();
            if (expect.status() != null && !STATUSES.contains(expect.status())) {
                throw new IllegalArgumentException(where + ", turn " + (i + 1) + ": status must be one of " + STATUSES
                        + ", was " + expect.status());
            }
            if (expect.matches() != null) {
                try {
                    Pattern.compile(expect.matches());
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(where + ", turn " + (i + 1) + ": matches is not a regular expression: "
                            + e.getDescription());
                }
            }
            if (expect.noButtons() != null && !(expect.noButtons().isBoolean() || expect.noButtons().isArray()
                    || expect.noButtons().isTextual())) {
                throw new IllegalArgumentException(where + ", turn " + (i + 1) + ": noButtons is true or a list of titles");
            }
        }
    }
}
