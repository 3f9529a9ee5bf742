package dev.chatdesk.server.bench;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to the benchmark's HTTP customers.
 *
 * @param conversations conversations started
 * @param handedToPeople conversations the bot handed to a person (the customer then started another)
 * @param helpArticleAnswers bot answers taken from the help articles
 * @param errors failed requests by kind: the request and its HTTP status, or the exception
 */
public record TrafficCounts(long conversations, long handedToPeople, long helpArticleAnswers, Map<String, Long> errors) {
    /** Keeps the errors immutable, sorted by kind. */
    public TrafficCounts {
        errors = Collections.unmodifiableMap(new TreeMap<>(errors));
    }
}
