package dev.chatdesk.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LexicalSupportTest {
    private static final LexicalSupport SUPPORT =
            new LexicalSupport(KbAnalyzer.forQueries("parcel, package"), "id", List.of("title", "text"));
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(KbAnalyzer.forIndexing()))) {
            writer.addDocument(passage("returns", "Returns", "Returns are free within 30 days."));
            writer.addDocument(passage("returns", "Returns", "Print the label and drop the parcel off."));
            writer.addDocument(passage("shipping", "Shipping", "We ship parcels to Canada and the US."));
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    private static Document passage(String id, String title, String text) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new TextField("title", title, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        return doc;
    }

    @Test
    void aQuestionInTheArticlesOwnWordsIsFullySupported() throws Exception {
        assertEquals(1.0, SUPPORT.of(searcher, "are returns free?", "returns"), 1e-9);
    }

    @Test
    void wordsTheKnowledgeBaseNeverUsesWeighMostAndAreNeverCovered() throws Exception {
        double support = SUPPORT.of(searcher, "free kayaks", "returns");
        assertTrue(support > 0 && support < 0.5, "support " + support);
        assertEquals(0.0, SUPPORT.of(searcher, "do you sell kayaks", "returns"), 1e-9);
    }

    @Test
    void aWordIsCoveredThroughItsSynonyms() throws Exception {
        assertEquals(1.0, SUPPORT.of(searcher, "package to canada", "shipping"), 1e-9);
    }

    @Test
    void aQuestionOfStopWordsOnlyHasNoSupport() throws Exception {
        assertEquals(0.0, SUPPORT.of(searcher, "is it the", "returns"), 1e-9);
    }
}
