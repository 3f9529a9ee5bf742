package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plain sentences, headings and titles of a set of help articles, grouped by topic (the part
 * of an article's id before its first dash, such as {@code returns}), with Markdown removed.
 * Tables are left out: their rows are not sentences.
 *
 * @param byTopic each topic's material
 */
record SourceSentences(Map<String, Topic> byTopic) {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+\\.)\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9])");
    private static final int MIN_SENTENCE_WORDS = 4;

    /** One topic's titles, section headings and sentences. */
    record Topic(List<String> titles, List<String> headings, List<String> sentences) {}

    static SourceSentences of(List<Article> articles) {
        Map<String, Topic> byTopic = new LinkedHashMap<>();
        for (Article article : articles) {
            int dash = article.id().indexOf('-');
            String topicName = dash > 0 ? article.id().substring(0, dash) : "general";
            Topic topic = byTopic.computeIfAbsent(topicName,
                    k -> new Topic(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            topic.titles().add(article.title());
            for (String line : article.body().split("\n")) {
                String stripped = line.strip();
                var heading = HEADING.matcher(stripped);
                if (heading.matches()) {
                    topic.headings().add(plain(heading.group(1)));
                } else if (!stripped.isEmpty() && !stripped.startsWith("|")) {
                    for (String sentence : SENTENCE_END.split(plain(LIST_MARKER.matcher(stripped).replaceFirst("")))) {
                        if (sentence.split("\\s+").length >= MIN_SENTENCE_WORDS) {
                            topic.sentences().add(sentence);
                        }
                    }
                }
            }
        }
        byTopic.values().removeIf(t -> t.sentences().isEmpty() || t.headings().isEmpty());
        if (byTopic.isEmpty()) {
            throw new IllegalArgumentException("the source articles have no sections with sentences to generate from");
        }
        return new SourceSentences(byTopic);
    }

    private static String plain(String markdown) {
        return EMPHASIS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("").strip();
    }
}
