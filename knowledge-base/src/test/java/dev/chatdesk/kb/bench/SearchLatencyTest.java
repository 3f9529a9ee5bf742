package dev.chatdesk.kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchLatencyTest {
    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, SearchLatency.percentile(sorted, 0.50));
        assertEquals(99, SearchLatency.percentile(sorted, 0.99));
        assertEquals(7, SearchLatency.percentile(new long[] {7}, 0.99));
    }
}
