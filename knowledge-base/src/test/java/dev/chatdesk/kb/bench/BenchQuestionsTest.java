package dev.chatdesk.kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchQuestionsTest {
    @Test
    void theSameSeedAsksTheSameQuestionsAndAnotherSeedOthers() {
        assertEquals(BenchQuestions.generate(100, 1), BenchQuestions.generate(100, 1));
        assertNotEquals(BenchQuestions.generate(100, 1), BenchQuestions.generate(100, 2));
    }

    @Test
    void questionsAreVariedAndShortLikeCustomersMessages() {
        List<String> questions = BenchQuestions.generate(1000, 4);
        assertEquals(1000, questions.size());
        assertTrue(questions.stream().distinct().count() > 500, "distinct questions");
        double meanWords = questions.stream().mapToInt(q -> q.split("\\s+").length).average().orElseThrow();
        assertTrue(meanWords > 5 && meanWords < 15, "mean words " + meanWords);
    }
}
