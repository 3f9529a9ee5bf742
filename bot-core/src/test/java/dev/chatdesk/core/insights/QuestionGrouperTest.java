package dev.chatdesk.core.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionGrouperTest {
    /** A stand-in encoder for the clustering's sake: each wording's direction in the plane, in degrees. */
    private static final Map<String, Double> DIRECTIONS = Map.of(
            "do you sell gift cards", 0.0, "Do you sell gift cards", 0.0, "gift card?", 8.0, "can I buy a voucher", 4.0,
            "is there a shop in Berlin", 90.0, "store in berlin?", 94.0,
            "礼品卡", 0.0, "有礼品卡吗", 3.0);
    private final List<String> embedded = new ArrayList<>();
    private final TextEmbedder embedder = new TextEmbedder() {
        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            embedded.addAll(texts);
            return texts.stream().map(text -> AverageLinkageTest.at(DIRECTIONS.get(text))).toList();
        }
    };

    @Test
    void groupsQuestionsByMeaningTheMostAskedFirstWithTheirCentreAsExample() {
        List<QuestionGroup> groups = new QuestionGrouper(language -> embedder, Map.of(Language.EN, 0.9, Language.ZH, 0.9)).group(List.of(
                asked("m1", "c1", "is there a shop in Berlin", 1),
                asked("m2", "c2", "gift card?", 2),
                asked("m3", "c3", "do you sell gift cards", 3),
                asked("m4", "c3", "can I buy a voucher", 4),
                asked("m5", "c4", "store in berlin?", 5)));

        assertEquals(2, groups.size());
        QuestionGroup giftCards = groups.get(0);
        assertEquals("can I buy a voucher", giftCards.example(), "the wording nearest the group's mean (4 degrees)");
        assertEquals(3, giftCards.count());
        assertEquals(time(4), giftCards.lastAt());
        assertEquals(List.of("c3", "c2"), giftCards.conversationIds(), "each conversation once, the latest first");
        assertEquals(List.of("can I buy a voucher", "do you sell gift cards", "gift card?"), giftCards.questions());
        assertEquals(2, groups.get(1).count());
        assertEquals(Language.EN, groups.get(1).language());
    }

    @Test
    void embedsAWordingAskedAgainOnceAndKeepsEachLanguageApart() {
        List<QuestionGroup> groups = new QuestionGrouper(language -> embedder, Map.of(Language.EN, 0.9, Language.ZH, 0.9)).group(List.of(
                asked("m1", "c1", "do you sell gift cards", 1),
                asked("m2", "c2", "Do you sell gift cards", 2),
                new UnansweredQuestion("m3", "c3", "礼品卡", Language.ZH, time(3)),
                new UnansweredQuestion("m4", "c4", "有礼品卡吗", null, time(4))));

        assertEquals(List.of("Do you sell gift cards", "有礼品卡吗", "礼品卡"), embedded,
                "one wording per case-insensitive text, newest first; Chinese detected where not stored");
        assertEquals(List.of(Language.ZH, Language.EN), groups.stream().map(QuestionGroup::language).toList(),
                "two groups of two, the one asked last first, though the vectors point the same way");
        assertEquals(List.of("Do you sell gift cards", "do you sell gift cards"), groups.get(1).questions());
    }

    private static UnansweredQuestion asked(String id, String conversation, String text, int minute) {
        return new UnansweredQuestion(id, conversation, text, Language.EN, time(minute));
    }

    private static Instant time(int minute) {
        return Instant.parse("2026-03-02T10:00:00Z").plusSeconds(60L * minute);
    }
}
