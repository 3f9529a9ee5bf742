package dev.chatdesk.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a {@link Setting}'s text into the value its key's type asks for, and checks it against the
 * key's declared bounds. The same parsing serves the file, the environment, options and defaults.
 */
final class ValueParser {
    private ValueParser() {}

    /** The typed, checked value of {@code setting}. */
    static Object parse(Setting setting) {
        Class<?> type = setting.key().component().getType();
        if (type == List.class) {
            return items(setting);
        }
        if (setting.text() == null) {
            throw setting.mustBe("a single value");
        }
        String text = setting.text().strip();
        if (type == String.class) {
            return text;
        }
        if (type == Secret.class) {
            return new Secret(text);
        }
        if (type == int.class || type == Integer.class) {
            return (int) wholeNumber(setting, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return wholeNumber(setting, text, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == double.class || type == Double.class) {
            return decimal(setting, text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return bool(setting, text);
        }
        if (type == Duration.class) {
            return duration(setting, text);
        }
        if (type == Path.class) {
            return path(setting, text);
        }
        if (type == URI.class) {
            return url(setting, text);
        }
        if (type.isEnum()) {
            return constant(setting, text, type.getEnumConstants());
        }
        throw new IllegalStateException("no parser for " + type + " of " + setting.key());
    }

    /** Whether {@code type} is one that {@link #parse} understands (for the schema's checks). */
    static boolean understands(Class<?> type) {
        return type == List.class || type == String.class || type == Secret.class || type.isEnum()
                || Stream.of(int.class, Integer.class, long.class, Long.class, double.class, Double.class,
                                boolean.class, Boolean.class, Duration.class, Path.class, URI.class)
                        .anyMatch(type::equals);
    }

    private static List<String> items(Setting setting) {
        // The environment has no lists: there they are comma-separated.
        Stream<String> items = setting.items() != null
                ? setting.items().stream()
                : Arrays.stream(setting.text().split(","));
        return items.map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static long wholeNumber(Setting setting, String text, long typeMin, long typeMax) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw setting.mustBe(isDecimal(text) ? "a whole number" : "a number");
        }
        checkBounds(setting, value, typeMin, typeMax);
        return value;
    }

    private static double decimal(Setting setting, String text) {
        if (!isDecimal(text)) {
            throw setting.mustBe("a number");
        }
        double value = Double.parseDouble(text);
        checkBounds(setting, value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return value;
    }

    private static boolean isDecimal(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Checks {@code value} against the key's declared bounds and its type's own. The message says
     * "between 0 and 1" when both bounds are declared, else the one bound that was crossed.
     */
    private static void checkBounds(Setting setting, double value, double typeMin, double typeMax) {
        Key declared = setting.key().declaration();
        double min = Math.max(declared.min(), typeMin);
        double max = Math.min(declared.max(), typeMax);
        if (value >= min && value <= max) {
            return;
        }
        if (Double.isFinite(declared.min()) && Double.isFinite(declared.max())) {
            throw setting.mustBe("between " + number(min) + " and " + number(max));
        }
        throw setting.mustBe(value < min ? "at least " + number(min) : "at most " + number(max));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static boolean bool(Setting setting, String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw setting.mustBe("true or false");
    }

    private static Duration duration(Setting setting, String text) {
        Duration value;
        try {
            value = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw setting.mustBe("an ISO-8601 duration such as PT12H or PT30M");
        }
        if (value.isNegative() || value.isZero()) {
            throw setting.mustBe("a duration longer than zero");
        }
        return value;
    }

    private static Path path(Setting setting, String text) {
        Path value;
        try {
            value = Path.of(text);
        } catch (InvalidPathException e) {
            throw setting.mustBe("a file path");
        }
        if (setting.key().declaration().existingDirectory() && !Files.isDirectory(value)) {
            throw setting.mustBe("an existing directory");
        }
        return value;
    }

    private static URI url(Setting setting, String text) {
        URI value;
        try {
            value = new URI(text);
        } catch (URISyntaxException e) {
            throw setting.mustBe("an http or https URL");
        }
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || value.getHost() == null) {
            throw setting.mustBe("an http or https URL");
        }
        return value;
    }

    private static Object constant(Setting setting, String text, Object[] constants) {
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw setting.mustBe("one of " + Arrays.stream(constants)
                .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    }
}
