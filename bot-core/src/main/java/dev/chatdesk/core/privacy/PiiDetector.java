package dev.chatdesk.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds personal data in English and Chinese text: card numbers, IBANs, e-mail addresses, phone
 * numbers and Chinese resident ID numbers. Thread-safe; linear in the length of the text.
 */
public final class PiiDetector {
    private record Candidate(PiiMatch match, int rank) {}

    private static final Comparator<Candidate> LEFTMOST_LONGEST = Comparator
            .comparingInt((Candidate c) -> c.match().start())
            .thenComparing(c -> c.match().end(), Comparator.reverseOrder())
            .thenComparingInt(Candidate::rank);

    /**
     * The personal data in a text, from left to right, not overlapping: where candidates overlap, the
     * one that starts first wins, then the longest, then ID and card numbers over phone numbers.
     * Empty for null.
     */
    public List<PiiMatch> find(String text) {
        if (text == null || text.chars().noneMatch(c -> c == '@' || c >= '0' && c <= '9')) {
            return List.of(); // every kind has a digit or an @
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < PiiRules.ALL.size(); rank++) {
            for (PiiMatch match : PiiRules.ALL.get(rank).matchesIn(text)) {
                candidates.add(new Candidate(match, rank));
            }
        }
        candidates.sort(LEFTMOST_LONGEST);
        List<PiiMatch> found = new ArrayList<>();
        int end = 0;
        for (Candidate candidate : candidates) {
            if (candidate.match().start() >= end) {
                found.add(candidate.match());
                end = candidate.match().end();
            }
        }
        return List.copyOf(found);
    }

    /** Whether a text holds any personal data; false for null. */
    public boolean containsPii(String text) {
        return !find(text).isEmpty();
    }
}
