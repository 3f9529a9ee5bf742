package dev.chatdesk.core.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.core.nlu.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bot file's YAML read in one language. Any value may be written per language, as a map from
 * language code to the value ({@code ask: {en: "Which order?", zh: "请问是哪个订单？"}}); such a map
 * stands for its value in the language read. In a bot of several languages each text the customer
 * sees (the file kind's {@code textPaths}) must be written so, with every language of the bot.
 *
 * @param file the file, named in errors
 * @param textPaths paths of the customer's texts in this kind of file, keys joined by {@code /} and
 *     {@code *} standing for any list index
 * @param languages the bot's languages
 */
record LocalizedTree(String file, Set<String> textPaths, List<Language> languages) {
    /** The texts of {@code bot.yml}. */
    static final Set<String> SETTINGS_TEXTS = Set.of("displayName", "greeting", "fallback", "clarify", "agentReleased",
            "escalation/message", "escalation/overdueMessage", "escalation/closedMessage", "escalation/emailQuestion",
            "escalation/emailThanks", "escalation/angryApology");
    /** The texts of an intent file: the customer's examples too, since each language has its own model. */
    static final Set<String> INTENT_TEXTS = Set.of("title", "examples", "responses");
    /** The texts of a flow file. */
    static final Set<String> FLOW_TEXTS = Set.of("slots/*/ask", "slots/*/invalid", "slots/*/declined", "slots/*/title",
            "slots/*/optionsFrom/notFound", "slots/*/options/*/title", "slots/*/options/*/synonyms",
            "action/responses/*/text", "action/responses/*/quickReplies", "action/error",
            "check/responses/*/text", "check/responses/*/quickReplies", "check/error", "done/text", "done/quickReplies");

    private static final Set<String> CODES = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet());

    /** The tree with every per-language value replaced by its value in {@code language}. */
    JsonNode in(JsonNode tree, Language language) {
        return resolve(tree, "", "", language);
    }

    /** Resolves a node at a path ({@code slots/1/ask}) that matches a text path's pattern ({@code slots/*}{@code /ask}). */
    private JsonNode resolve(JsonNode node, String path, String pattern, Language language) {
        if (isLanguageMap(node)) {
            for (Language needed : languages) {
                if (!node.has(needed.code())) {
                    throw new IllegalArgumentException(file + ": '" + path + "' has no '" + needed.code()
                            + "' version; the bot speaks " + codes());
                }
            }
            // the language read is one of the bot's, so it is there
            return node.get(language.code());
        }
        if (languages.size() > 1 && textPaths.contains(pattern) && !node.isNull()) {
            throw new IllegalArgumentException(file + ": '" + path + "' must be written in each of the bot's languages, as "
                    + path.substring(path.lastIndexOf('/') + 1) + ": {" + codes().stream().map(c -> c + ": ...")
                            .collect(Collectors.joining(", ")) + "}");
        }
        if (node.isObject()) {
            ObjectNode resolved = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "/" + field.getKey();
                String childPattern = pattern.isEmpty() ? field.getKey() : pattern + "/" + field.getKey();
                resolved.set(field.getKey(), resolve(field.getValue(), child, childPattern, language));
            }
            return resolved;
        }
        if (node.isArray()) {
            ArrayNode resolved = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                resolved.add(resolve(node.get(i), path + "/" + i, pattern + "/*", language));
            }
            return resolved;
        }
        return node;
    }

    private List<String> codes() {
        return languages.stream().map(Language::code).toList();
    }

    private static boolean isLanguageMap(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!CODES.contains(field.getKey())) {
                return false;
            }
        }
        return true;
    }
}
