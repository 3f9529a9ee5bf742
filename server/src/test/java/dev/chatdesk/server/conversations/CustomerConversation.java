package dev.chatdesk.server.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * Plays one scripted conversation against a running server as its customer (and, for {@code agent}
 * turns, as an agent), over the HTTP API as the widget uses it, and checks what the customer sees
 * after each turn. A failure shows the whole conversation so far. Not thread-safe: one per
 * conversation.
 */
final class CustomerConversation {
    private final ApiClient api;
    private final Supplier<String> agentToken;
    private final Transcript transcript;
    private String id;
    private String token;
    private long lastSeq;
    private String status;
    private List<JsonNode> lastSeen = List.of();

    /**
     * @param api the server's client
     * @param agentToken an agent's login token, asked for only when an agent turn comes
     * @param transcript where the conversation is written down as it goes
     */
    CustomerConversation(ApiClient api, Supplier<String> agentToken, Transcript transcript) {
        this.api = api;
        this.agentToken = agentToken;
        this.transcript = transcript;
    }

    /** Starts the conversation, plays every turn and checks it; throws at the first turn whose checks fail. */
    void play(Script.Conversation conversation) throws Exception {
        start(conversation.locale());
        List<Script.Turn> turns = conversation.turns();
        for (int i = 0; i < turns.size(); i++) {
            Script.Turn turn = turns.get(i);
            List<JsonNode> seen = take(turn, i + 1);
            List<String> problems = problems(turn.expect(), seen);
            if (!problems.isEmpty()) {
                throw new AssertionFailedError("Turn " + (i + 1) + " of \"" + conversation.name() + "\": "
                        + String.join("; ", problems) + "\n\nThe conversation so far:\n" + transcript.text());
            }
        }
    }

    private void start(String locale) throws Exception {
        ObjectNode request = ApiClient.object().set("customer", ApiClient.object().put("name", "Sam"));
        if (locale != null) {
            request.put("locale", locale);
        }
        ApiClient.Response started = api.post("/api/v1/conversations", null, request);
        require(started, 201, "starting the conversation");
        id = started.at("/conversationId").asText();
        token = started.at("/token").asText();
        status = started.at("/status").asText();
        List<JsonNode> greeting = new ArrayList<>();
        started.at("/messages").forEach(greeting::add);
        show(greeting);
    }

    private List<JsonNode> take(Script.Turn turn, int number) throws Exception {
        if (turn.customer() != null) {
            return say(turn.customer(), null);
        }
        if (turn.press() != null) {
            return say(payloadOf(turn.press(), number), turn.press());
        }
        return agent(turn.agent());
    }

    /** Sends the customer's text, or a pressed button's payload (then {@code pressed} is its title). */
    private List<JsonNode> say(String text, String pressed) throws Exception {
        transcript.customer(text, pressed);
        ApiClient.Response turn = api.post("/api/v1/conversations/" + id + "/messages", token, ApiClient.object().put("text", text));
        require(turn, 200, "sending \"" + text + "\"");
        transcript.reading(turn.at("/nlu"));
        lastSeq = Math.max(lastSeq, turn.at("/message/seq").asLong());
        status = turn.at("/status").asText();
        List<JsonNode> replies = new ArrayList<>();
        turn.at("/replies").forEach(replies::add);
        show(replies);
        return replies;
    }

    private String payloadOf(String title, int number) {
        JsonNode last = lastSeen.isEmpty() ? null : lastSeen.get(lastSeen.size() - 1);
        List<String> offered = new ArrayList<>();
        if (last != null) {
            for (JsonNode button : last.at("/quickReplies")) {
                if (button.at("/title").asText().equalsIgnoreCase(title)) {
                    return button.at("/payload").asText();
                }
                offered.add(button.at("/title").asText());
            }
        }
        throw new AssertionFailedError("Turn " + number + ": the customer cannot press \"" + title + "\": the last message offers "
                + (offered.isEmpty() ? "no buttons" : offered) + "\n\nThe conversation so far:\n" + transcript.text());
    }

    private List<JsonNode> agent(Script.AgentAction action) throws Exception {
        String agent = agentToken.get();
        String base = "/api/v1/agent/conversations/" + id;
        if ("waiting_for_agent".equals(status)) {
            require(api.post(base + "/claim", agent, ApiClient.object()), 200, "an agent claiming the conversation");
        }
        if (action.say() != null) {
            transcript.agentSays(action.say());
            require(api.post(base + "/messages", agent, ApiClient.object().put("text", action.say())), 200, "an agent's reply");
        }
        if (action.release()) {
            transcript.note("the agent hands the conversation back to the bot");
            require(api.post(base + "/release", agent, ApiClient.object()), 200, "an agent releasing the conversation");
        }
        if (action.resolve()) {
            transcript.note("the agent closes the conversation");
            require(api.post(base + "/resolve", agent, ApiClient.object()), 200, "an agent resolving the conversation");
        }
        ApiClient.Response after = api.get("/api/v1/conversations/" + id + "?afterSeq=" + lastSeq, token);
        require(after, 200, "reading the conversation");
        status = after.at("/status").asText();
        List<JsonNode> seen = new ArrayList<>();
        for (JsonNode message : after.at("/messages")) {
            lastSeq = Math.max(lastSeq, message.at("/seq").asLong());
            if (!message.at("/role").asText().equals("customer")) {
                seen.add(message);
            }
        }
        show(seen);
        return seen;
    }

    private void show(List<JsonNode> messages) {
        for (JsonNode message : messages) {
            lastSeq = Math.max(lastSeq, message.at("/seq").asLong());
            transcript.message(message);
        }
        transcript.status(status);
        if (!messages.isEmpty()) {
            lastSeen = messages;
        }
    }

    private void require(ApiClient.Response response, int expected, String what) {
        if (response.status() != expected) {
            throw new AssertionFailedError(what + " answered " + response.status() + ": " + response.text()
                    + "\n\nThe conversation so far:\n" + transcript.text());
        }
    }

    private List<String> problems(Script.Expectation expect, List<JsonNode> seen) {
        List<String> problems = new ArrayList<>();
        String text = String.join("\n", seen.stream().map(m -> m.at("/text").asText()).toList());
        String lower = text.toLowerCase(Locale.ROOT);
        for (String wanted : expect.contains()) {
            if (!lower.contains(wanted.toLowerCase(Locale.ROOT))) {
                problems.add("expected the customer to see \"" + wanted + "\"");
            }
        }
        for (String unwanted : expect.notContains()) {
            if (lower.contains(unwanted.toLowerCase(Locale.ROOT))) {
                problems.add("expected the customer not to see \"" + unwanted + "\"");
            }
        }
        if (expect.matches() != null
                && !Pattern.compile(expect.matches(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(text).find()) {
            problems.add("expected what the customer sees to match /" + expect.matches() + "/");
        }
        List<String> buttons = new ArrayList<>();
        seen.forEach(m -> m.at("/quickReplies").forEach(b -> buttons.add(b.at("/title").asText())));
        for (String wanted : expect.buttons()) {
            if (buttons.stream().noneMatch(b -> b.equalsIgnoreCase(wanted))) {
                problems.add("expected a button \"" + wanted + "\", the turn offers " + buttons);
            }
        }
        if (expect.forbidsAllButtons() && !buttons.isEmpty()) {
            problems.add("expected no buttons, the turn offers " + buttons);
        }
        for (String unwanted : expect.forbiddenButtons()) {
            if (buttons.stream().anyMatch(b -> b.equalsIgnoreCase(unwanted))) {
                problems.add("expected no button \"" + unwanted + "\", the turn offers " + buttons);
            }
        }
        List<String> cited = new ArrayList<>();
        seen.forEach(m -> m.at("/sources").forEach(s -> cited.add(s.at("/title").asText())));
        for (String article : expect.cites()) {
            Optional<String> found = cited.stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).contains(article.toLowerCase(Locale.ROOT))).findFirst();
            if (found.isEmpty()) {
                problems.add("expected the help article \"" + article + "\" to be cited, "
                        + (cited.isEmpty() ? "none is" : "the turn cites " + cited));
            }
        }
        if (expect.status() != null && !expect.status().equals(status)) {
            problems.add("expected the status " + expect.status() + ", it is " + status);
        }
        if (expect.replies() != null && expect.replies() != seen.size()) {
            problems.add("expected " + expect.replies() + " messages, the customer sees " + seen.size());
        }
        return problems;
    }
}
