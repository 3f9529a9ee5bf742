package dev.chatdesk.models.data;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.SentimentLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV data sets the NLU trains and is evaluated on: {@code text,label} files (intents,
 * sentiment benchmarks) and our customer-service sentiment set ({@code text,sentiment,anger}).
 * Every file has a header row; a missing column or a bad value fails with the file and line.
 */
public final class CsvDatasets {
    /** The class-path resource of our own customer-service sentiment and anger data set. */
    public static final String CUSTOMER_SENTIMENT = "dev/chatdesk/models/sentiment/customer-sentiment.csv";
    /** The class-path resource of its Simplified Chinese counterpart. */
    public static final String CUSTOMER_SENTIMENT_ZH = "dev/chatdesk/models/sentiment/customer-sentiment-zh.csv";

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private CsvDatasets() {}

    /** Reads a {@code text,label} file; rows with an empty text are skipped. */
    public static List<LabelledText> readLabelled(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), List.of("text", "label"),
                    r -> new LabelledText(r.get("text"), r.get("label")));
        }
    }

    /**
     * The anger levels (0, 1 or 2) of a {@code text,label,anger} file, in the order of {@link
     * #readLabelled}; empty when the file has no {@code anger} column.
     */
    public static List<Integer> readAngerLevels(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!FORMAT.parse(reader).getHeaderMap().containsKey("anger")) {
                return List.of();
            }
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), List.of("text", "anger"), r -> angerLevel(r.get("anger")));
        }
    }

    private static int angerLevel(String value) {
        int anger = Integer.parseInt(value.trim());
        if (anger < 0 || anger > 2) {
            throw new IllegalArgumentException("anger must be 0, 1 or 2, was " + anger);
        }
        return anger;
    }

    /** Reads a {@code text,sentiment,anger} file (anger 0, 1 or 2). */
    public static List<SentimentExample> readCustomerSentiment(Reader reader, String source) throws IOException {
        return read(reader, source, List.of("text", "sentiment", "anger"), CsvDatasets::sentimentExample);
    }

    /** Our bundled customer-service sentiment and anger data set, in English. */
    public static List<SentimentExample> bundledCustomerSentiment() {
        return bundledCustomerSentiment(Language.EN);
    }

    /** Our bundled customer-service sentiment and anger data set in the language. */
    public static List<SentimentExample> bundledCustomerSentiment(Language language) {
        String resource = language == Language.ZH ? CUSTOMER_SENTIMENT_ZH : CUSTOMER_SENTIMENT;
        InputStream in = CsvDatasets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return readCustomerSentiment(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SentimentExample sentimentExample(CSVRecord row) {
        return new SentimentExample(
                row.get("text"), SentimentLabel.fromWireName(row.get("sentiment")), angerLevel(row.get("anger")) / 2.0);
    }

    private static <T> List<T> read(
            Reader reader, String source, List<String> columns, Function<CSVRecord, T> mapper)
            throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(
                            source + ": the header has no column '" + column + "' (expected "
                                    + String.join(",", columns) + ")");
                }
            }
            List<T> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                try {
                    if (!row.isConsistent()) {
                        throw new IllegalArgumentException(
                                "expected " + parser.getHeaderNames().size() + " columns, found " + row.size());
                    }
                    if (row.get("text").isBlank()) {
                        continue;
                    }
                    rows.add(mapper.apply(row));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            source + " line " + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
            return rows;
        }
    }
}
