package dev.chatdesk.core.insights;

import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups unanswered questions by meaning: each language's questions are embedded by that language's
 * sentence encoder (the knowledge base's) and clustered by {@link AverageLinkage}. The most asked
 * group comes first.
 */
public final class QuestionGrouper {
    /**
     * Per language (each has its own encoder, with its own scale of similarity), the average cosine
     * similarity at which questions count as one: chosen on half of the demo bot's intents (their
     * examples as known groups) and checked on the other half by {@code benchmarks/unanswered-grouping.sh}.
     */
    public static final Map<Language, Double> SIMILARITY = Map.of(Language.EN, 0.4, Language.ZH, 0.55);

    private final Function<Language, TextEmbedder> embedders;
    private final Map<Language, Double> similarity;

    /** Groups questions embedded by the encoder of their language, at that language's {@code similarity}. */
    public QuestionGrouper(Function<Language, TextEmbedder> embedders, Map<Language, Double> similarity) {
        this.embedders = embedders;
        this.similarity = Map.copyOf(similarity);
    }

    /** The groups of {@code questions} (any order), the largest first, then the most recently asked. */
    public List<QuestionGroup> group(List<UnansweredQuestion> questions) {
        Map<Language, List<UnansweredQuestion>> byLanguage = new LinkedHashMap<>();
        for (UnansweredQuestion question : questions) {
            Language language = question.language() != null ? question.language() : LanguageDetector.detect(question.text());
            byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(question);
        }
        List<QuestionGroup> groups = new ArrayList<>();
        byLanguage.forEach((language, asked) -> groups.addAll(group(language, asked)));
        groups.sort(Comparator.comparingInt(QuestionGroup::count).reversed()
                .thenComparing(QuestionGroup::lastAt, Comparator.reverseOrder()));
        return groups;
    }

    private List<QuestionGroup> group(Language language, List<UnansweredQuestion> asked) {
        List<UnansweredQuestion> newestFirst = asked.stream()
                .sorted(Comparator.comparing(UnansweredQuestion::at).reversed()).toList();
        // a wording asked again is embedded once
        Map<String, Integer> wordings = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (UnansweredQuestion question : newestFirst) {
            if (wordings.putIfAbsent(key(question.text()), wordings.size()) == null) {
                texts.add(question.text());
            }
        }
        List<float[]> vectors = embedders.apply(language).embed(texts);
        List<List<UnansweredQuestion>> byWording = new ArrayList<>();
        texts.forEach(text -> byWording.add(new ArrayList<>()));
        for (UnansweredQuestion question : newestFirst) {
            byWording.get(wordings.get(key(question.text()))).add(question);
        }
        List<QuestionGroup> groups = new ArrayList<>();
        for (List<Integer> cluster : new AverageLinkage(similarity.get(language)).cluster(vectors)) {
            List<UnansweredQuestion> members = new ArrayList<>();
            cluster.forEach(wording -> members.addAll(byWording.get(wording)));
            members.sort(Comparator.comparing(UnansweredQuestion::at).reversed());
            String example = byWording.get(centre(cluster, vectors)).get(0).text();
            LinkedHashSet<String> conversations = new LinkedHashSet<>();
            LinkedHashSet<String> questions = new LinkedHashSet<>();
            for (UnansweredQuestion member : members) {
                conversations.add(member.conversationId());
                questions.add(member.text());
            }
            Instant lastAt = members.get(0).at();
            groups.add(new QuestionGroup(example, language, members.size(), lastAt, List.copyOf(conversations),
                    List.copyOf(questions)));
        }
        return groups;
    }

    /** The member nearest the mean of the cluster's vectors. */
    private static int centre(List<Integer> cluster, List<float[]> vectors) {
        float[] mean = new float[vectors.get(cluster.get(0)).length];
        for (int member : cluster) {
            float[] vector = vectors.get(member);
            for (int d = 0; d < mean.length; d++) {
                mean[d] += vector[d];
            }
        }
        return cluster.stream().max(Comparator.comparingDouble(member -> AverageLinkage.dot(vectors.get(member), mean)))
                .orElseThrow();
    }

    /** Wordings that differ only in case and surrounding space are one. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
