package dev.chatdesk.server.config;

import java.util.List;

/**
 * A value given for a key, as text, before it is parsed and checked.
 *
 * @param key the key it sets
 * @param text the value (null when {@code items} holds a list from the file)
 * @param items the elements of a list written as a list in the file; null otherwise
 * @param source where it came from, as error messages name it
 */
record Setting(ConfigKey key, String text, List<String> items, String source) {
    /** A single value. */
    static Setting scalar(ConfigKey key, String text, String source) {
        return new Setting(key, text, null, source);
    }

    /** A list written as a list. */
    static Setting list(ConfigKey key, List<String> items, String source) {
        return new Setting(key, null, List.copyOf(items), source);
    }

    /** A failure saying what the value must be, quoting it unless it is a secret. */
    ConfigException mustBe(String requirement) {
        String given = text == null ? "a list" : "'" + text + "'";
        return new ConfigException(source + " must be " + requirement + (key.secret() ? "" : ", was " + given));
    }
}
