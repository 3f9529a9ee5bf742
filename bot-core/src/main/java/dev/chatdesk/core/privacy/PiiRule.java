package dev.chatdesk.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one kind of personal data is found: a pattern for candidates, and how many of a candidate's
 * leading characters are that data (0 for none).
 */
record PiiRule(PiiKind kind, Pattern candidates, ToIntFunction<String> validLength) {

    /** A rule whose candidates are personal data whole when they pass the check, else not at all. */
    static PiiRule whole(PiiKind kind, String regex, Predicate<String> check) {
        return new PiiRule(kind, Pattern.compile(regex), candidate -> check.test(candidate) ? candidate.length() : 0);
    }

    /**
     * A rule for data written in groups, whose candidates may run on into the numbers or words after
     * it (+44 20 7946 0958 2026-12-06, GB82 WEST 1234 5698 7654 32 thanks): the personal data is the
     * longest part of a candidate that ends at its end or before one of its spaces and passes the check.
     */
    static PiiRule grouped(PiiKind kind, String regex, Predicate<String> check) {
        return new PiiRule(kind, Pattern.compile(regex), candidate -> {
            for (int end = candidate.length(); end > 0; end = candidate.lastIndexOf(' ', end - 1)) {
                if (check.test(candidate.substring(0, end))) {
                    return end;
                }
            }
            return 0;
        });
    }

    /** Each candidate's valid part in the text, from left to right; a rejected candidate's next character is tried next. */
    List<PiiMatch> matchesIn(String text) {
        List<PiiMatch> matches = new ArrayList<>();
        Matcher matcher = candidates.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            int length = validLength.applyAsInt(matcher.group());
            if (length > 0) {
                matches.add(new PiiMatch(kind, matcher.start(), matcher.start() + length));
            }
            from = matcher.start() + Math.max(length, 1);
        }
        return matches;
    }
}
