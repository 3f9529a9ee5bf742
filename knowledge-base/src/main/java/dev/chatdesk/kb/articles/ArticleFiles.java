package dev.chatdesk.kb.articles;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.nlu.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads help articles from a directory tree: Markdown files with YAML front matter ({@code id},
 * {@code title}, {@code url}, {@code tags}, {@code locale}, {@code language}), JSON files (one
 * article object or an array of them, with a {@code body}) and CSV files (header {@code
 * id,title,url,tags,locale,language,body}, tags separated by {@code ;}). A Markdown file without an
 * id takes its file name. An article without a {@code language} ({@code en} or {@code zh}) has the
 * one detected from its title and body. A broken file fails with its name and what is wrong; two
 * articles with one id are an error.
 */
public final class ArticleFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private ArticleFiles() {}

    /** Every article under a directory, in file-name order. */
    public static List<Article> read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a directory of articles");
        }
        Map<String, Article> byId = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (Article article : readFile(file)) {
                    if (byId.putIfAbsent(article.id(), article) != null) {
                        throw new IllegalArgumentException(file + ": a second article has the id " + article.id());
                    }
                }
            }
        }
        return List.copyOf(byId.values());
    }

    /** The articles of one file; files of other kinds give none. */
    private static List<Article> readFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return List.of(markdown(file));
            } else if (name.endsWith(".json")) {
                return json(file);
            } else if (name.endsWith(".csv")) {
                return csv(file);
            }
            return List.of();
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Article markdown(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        JsonNode meta = JSON.createObjectNode();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                throw new IllegalArgumentException("the front matter opened by --- is never closed");
            }
            JsonNode parsed = YAML.readTree(text.substring(4, end));
            meta = parsed == null ? meta : parsed;
            int bodyStart = text.indexOf('\n', end + 4);
            body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        }
        String fileId = file.getFileName().toString().replaceFirst("\\.(md|markdown)$", "");
        return article(meta, fileId, body.strip());
    }

    private static List<Article> json(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<Article> articles = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode node : root) {
                articles.add(article(node, null, node.path("body").asText("")));
            }
        } else {
            articles.add(article(root, null, root.path("body").asText("")));
        }
        return articles;
    }

    private static List<Article> csv(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSV.parse(reader)) {
            for (String column : List.of("id", "title", "body")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException("the header has no column '" + column + "'");
                }
            }
            for (CSVRecord row : parser) {
                String tags = row.isMapped("tags") ? row.get("tags") : "";
                articles.add(new Article(row.get("id"), row.get("title"), row.isMapped("url") ? row.get("url") : "",
                        tags.isBlank() ? List.of() : Arrays.stream(tags.split(";")).map(String::strip).toList(),
                        row.isMapped("locale") ? row.get("locale") : "en", row.get("body"),
                        language(row.isMapped("language") ? row.get("language") : "")));
            }
        }
        return articles;
    }

    private static Article article(JsonNode meta, String defaultId, String body) {
        List<String> tags = new ArrayList<>();
        meta.path("tags").forEach(t -> tags.add(t.asText()));
        String id = meta.hasNonNull("id") ? meta.get("id").asText() : defaultId;
        return new Article(id, meta.path("title").asText(null), meta.path("url").asText(""), tags,
                meta.path("locale").asText("en"), body, language(meta.path("language").asText("")));
    }

    /** The given language, or null (detected) when none is given. */
    private static Language language(String code) {
        return code.isBlank() ? null : Language.fromCode(code);
    }
}
