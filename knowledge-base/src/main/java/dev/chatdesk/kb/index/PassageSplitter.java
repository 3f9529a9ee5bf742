package dev.chatdesk.kb.index;

import dev.chatdesk.core.kb.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article into passages: first by Markdown heading, then, for a long section, into
 * runs of whole paragraphs of at most {@code maxWords} words (a paragraph longer than that is cut
 * at sentence ends). Every passage keeps its section's heading. Chinese has no spaces between words
 * and ends sentences with 。！？: two Chinese characters count as one word (a Chinese word is one
 * to three characters, most often two), and a sentence ends after 。！？ with or without a space.
 */
public final class PassageSplitter {
    /** The default passage length: about what an answer bubble can quote. */
    public static final int DEFAULT_MAX_WORDS = 120;

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])\\s*");
    private static final Pattern CHINESE_SENTENCE_END = Pattern.compile("[。！？]$");

    private final int maxWords;

    /** A splitter cutting sections longer than {@code maxWords} words. */
    public PassageSplitter(int maxWords) {
        if (maxWords < 20) {
            throw new IllegalArgumentException("maxWords must be at least 20, was " + maxWords);
        }
        this.maxWords = maxWords;
    }

    /** The article's passages in reading order. */
    public List<Passage> split(Article article) {
        List<Passage> passages = new ArrayList<>();
        String heading = "";
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : article.body().split("\n", -1)) {
            var match = HEADING.matcher(line.strip());
            if (match.matches()) {
                flushParagraph(paragraph, paragraphs);
                addSection(article.id(), heading, paragraphs, passages);
                heading = match.group(1).strip();
                paragraphs.clear();
            } else if (line.isBlank()) {
                flushParagraph(paragraph, paragraphs);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line.strip());
            }
        }
        flushParagraph(paragraph, paragraphs);
        addSection(article.id(), heading, paragraphs, passages);
        return passages;
    }

    private static void flushParagraph(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private void addSection(String articleId, String heading, List<String> paragraphs, List<Passage> passages) {
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String piece : pieces(paragraphs)) {
            int pieceWords = wordCount(piece);
            if (words > 0 && words + pieceWords > maxWords) {
                passages.add(new Passage(articleId, passages.size(), heading, current.toString()));
                current.setLength(0);
                words = 0;
            }
            current.append(current.isEmpty() ? "" : "\n\n").append(piece);
            words += pieceWords;
        }
        if (!current.isEmpty()) {
            passages.add(new Passage(articleId, passages.size(), heading, current.toString()));
        }
    }

    /** Paragraphs, with any paragraph longer than the limit cut into runs of sentences. */
    private List<String> pieces(List<String> paragraphs) {
        List<String> pieces = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (wordCount(paragraph) <= maxWords) {
                pieces.add(paragraph);
                continue;
            }
            StringBuilder run = new StringBuilder();
            for (String sentence : SENTENCE_END.split(paragraph)) {
                if (!run.isEmpty() && wordCount(run) + wordCount(sentence) > maxWords) {
                    pieces.add(run.toString());
                    run.setLength(0);
                }
                // Chinese sentences follow each other without a space
                run.append(run.isEmpty() || CHINESE_SENTENCE_END.matcher(run).find() ? "" : " ").append(sentence);
            }
            if (!run.isEmpty()) {
                pieces.add(run.toString());
            }
        }
        return pieces;
    }

    /** Runs of text between spaces, with each two Chinese characters one more word. */
    static int wordCount(CharSequence text) {
        StringBuilder spaced = new StringBuilder(text.length());
        int chinese = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                chinese++;
                spaced.append(' ');
            } else if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
                spaced.append(' '); // Chinese punctuation (，。？！) is no word
            } else {
                spaced.appendCodePoint(c);
            }
        }
        // Everything between spaces counts, as it always has for English (table pipes and dashes too).
        String rest = spaced.toString().strip();
        int words = rest.isEmpty() ? 0 : rest.split("\\s+").length;
        return words + (chinese + 1) / 2;
    }
}
