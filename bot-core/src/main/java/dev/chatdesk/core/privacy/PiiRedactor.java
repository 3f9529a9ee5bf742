package dev.chatdesk.core.privacy;

import java.util.regex.Pattern;

/**
 * Masks the personal data in a text, so that an agent or a log sees what was there but not the data.
 * Each piece becomes its kind in square brackets: {@code [card ••••4242]} (a card keeps its last four
 * digits, as receipts print them, so that an agent can tell which card a customer means),
 * {@code [iban]}, {@code [email]}, {@code [phone]} and {@code [id number]}. Everything else is kept
 * as it was. Thread-safe.
 */
public final class PiiRedactor {
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");
    private final PiiDetector detector = new PiiDetector();

    /** The text with each piece of personal data masked; null for null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder redacted = new StringBuilder(text.length());
        int copied = 0;
        for (PiiMatch match : detector.find(text)) {
            redacted.append(text, copied, match.start()).append(mask(match, text));
            copied = match.end();
        }
        return redacted.append(text, copied, text.length()).toString();
    }

    private static String mask(PiiMatch match, String text) {
        return switch (match.kind()) {
            case CARD -> "[card ••••" + lastFourDigits(text.substring(match.start(), match.end())) + "]";
            case IBAN -> "[iban]";
            case EMAIL -> "[email]";
            case PHONE -> "[phone]";
            case CN_RESIDENT_ID -> "[id number]";
        };
    }

    private static String lastFourDigits(String card) {
        String digits = NOT_DIGITS.matcher(card).replaceAll("");
        return digits.substring(digits.length() - 4);
    }
}
