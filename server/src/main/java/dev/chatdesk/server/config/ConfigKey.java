package dev.chatdesk.server.config;

import java.lang.reflect.RecordComponent;

/**
 * One key of the configuration tree, as the schema found it.
 *
 * @param path the key's path, such as {@code connectors.telegram.botToken}
 * @param environmentVariable the variable that sets it, such as {@code CHATDESK_CONNECTORS_TELEGRAM_BOT_TOKEN}
 * @param component the record component that holds the value
 * @param declaration the key's default, bounds and documentation
 */
record ConfigKey(String path, String environmentVariable, RecordComponent component, Key declaration) {
    /** The variable for a key path: {@code CHATDESK_} plus the path in upper snake case. */
    static String environmentVariableFor(String path) {
        StringBuilder name = new StringBuilder("CHATDESK");
        for (String segment : path.split("\\.")) {
            name.append('_');
            for (char c : segment.toCharArray()) {
                if (Character.isUpperCase(c)) {
                    name.append('_');
                }
                name.append(Character.toUpperCase(c));
            }
        }
        return name.toString();
    }

    /** Whether the value is a secret, never to be shown. */
    boolean secret() {
        return component.getType() == Secret.class;
    }

    /** The value when nothing sets the key: the declared default, or null. */
    Object defaultValue() {
        String text = declaration.defaultValue();
        return text.isEmpty() ? null : ValueParser.parse(Setting.scalar(this, text, "the default of " + this));
    }

    /** The key as error messages name it. */
    @Override
    public String toString() {
        return "configuration key '" + path + "'";
    }
}
