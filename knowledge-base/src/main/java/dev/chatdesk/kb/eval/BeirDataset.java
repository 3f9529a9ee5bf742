package dev.chatdesk.kb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.nlu.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A retrieval benchmark in BEIR's format: {@code corpus.jsonl} ({@code _id}, {@code title},
 * {@code text}), {@code queries.jsonl} ({@code _id}, {@code text}) and a qrels TSV with a header
 * ({@code query-id corpus-id score}). Only queries that have judgements are kept.
 *
 * @param documents the corpus as articles (id, title, text)
 * @param queries query text by query id
 * @param judgements relevance grade by corpus id, by query id
 */
public record BeirDataset(List<Article> documents, Map<String, String> queries, Map<String, Map<String, Integer>> judgements) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The language most documents are in (each detected from its title and text); English for an empty corpus. */
    public Language language() {
        Map<Language, Long> counts = documents.stream()
                .collect(Collectors.groupingBy(Article::language, () -> new EnumMap<>(Language.class), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Language.EN);
    }

    /** Reads the three files; a malformed line fails with its file and number. */
    public static BeirDataset read(Path corpus, Path queries, Path qrels) throws IOException {
        List<Article> documents = new ArrayList<>();
        forEachJsonLine(corpus, node -> documents.add(new Article(
                text(node, "_id"), node.path("title").asText("").isBlank() ? text(node, "_id") : node.path("title").asText(),
                "", List.of(), "en", node.path("text").asText(""))));
        Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(qrels, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 3) {
                throw new IllegalArgumentException(qrels + " line " + (i + 1) + ": expected query-id corpus-id score");
            }
            judgements.computeIfAbsent(parts[0], k -> new HashMap<>()).put(parts[1], Integer.parseInt(parts[2]));
        }
        Map<String, String> allQueries = new HashMap<>();
        forEachJsonLine(queries, node -> allQueries.put(text(node, "_id"), node.path("text").asText("")));
        Map<String, String> judged = new LinkedHashMap<>();
        for (String queryId : judgements.keySet()) {
            if (!allQueries.containsKey(queryId)) {
                throw new IllegalArgumentException(qrels + " judges query " + queryId + ", which " + queries + " lacks");
            }
            judged.put(queryId, allQueries.get(queryId));
        }
        return new BeirDataset(documents, judged, judgements);
    }

    private interface JsonLine {
        void accept(JsonNode node);
    }

    private static void forEachJsonLine(Path file, JsonLine consumer) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    consumer.accept(JSON.readTree(line));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return node.get(field).asText();
    }
}
