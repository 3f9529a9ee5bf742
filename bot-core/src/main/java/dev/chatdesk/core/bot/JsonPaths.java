package dev.chatdesk.core.bot;

import java.util.Map;

/** Values in a parsed JSON object (nested maps) by dotted path, as bots' texts and conditions name them. */
public final class JsonPaths {
    private JsonPaths() {}

    /** The value at a dotted path of nested maps ({@code response.tracking.url}); null when absent. */
    public static Object lookup(Map<String, ?> values, String path) {
        Object current = values;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
