package dev.chatdesk.kb.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.KbHit;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The knowledge base on Lucene. Each passage is a document with its article's id, language, title,
 * tags and URL, its heading and text (BM25, analysed in the article's language) and its sentence
 * vector (HNSW, dot product of unit vectors, from the article's language's embedder); see {@link
 * LanguageFields}. A question is searched only among the articles of its language (detected from
 * its script by {@link LanguageDetector}, or given), on both the keyword and the vector side, and
 * a language with no articles is never embedded in. A search returns the best passage of each of
 * the best articles. The bot answers
 * when the first article is close enough to the question: the best cosine similarity between the
 * question and its passages, plus a share of its {@link LexicalSupport}, reaches the threshold.
 * In BM25 and hybrid mode the keyword search runs on another thread while the question is
 * embedded. Searches run on a {@link SearcherManager} over the last commit, and every change (an
 * import, one article) is one commit followed by a refresh, so no search ever sees half of a
 * change. A full import leaves one segment. Results of repeated queries are cached until the next
 * change. Thread-safe.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {
    /** Changes whenever what is indexed for a passage changes; an index of another format needs a re-import. */
    public static final String INDEX_FORMAT = "3";

    private static final String ARTICLE_ID = "article_id";
    private static final String PASSAGE_KEY = "passage_key";
    private static final String LANGUAGE = "language";
    // what a hit shows, stored once whatever the language; searched through LanguageFields
    private static final String TITLE = "title";
    private static final String URL = "url";
    private static final String HEADING = "heading";
    private static final String TEXT = "text";
    private static final String VECTOR_BYTES = "vector_bytes";
    private static final int CANDIDATES = 100;
    /** More than any help article has; an article's passages beyond it do not count for the confidence. */
    private static final int MAX_PASSAGES_PER_ARTICLE = 1000;
    private static final Set<String> HIT_FIELDS = Set.of(ARTICLE_ID, TITLE, URL, HEADING, TEXT);
    private static final Set<String> VECTOR_FIELDS = Set.of(VECTOR_BYTES);
    private static final int RRF_K = 60;

    private final Directory directory;
    private IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedders embedders;
    private final KbSettings settings;
    private final PassageSplitter splitter;
    private final Map<Language, Analyzer> queryAnalyzers = new EnumMap<>(Language.class);
    private final Map<Language, LexicalSupport> lexicalSupport = new EnumMap<>(Language.class);
    private final Cache<String, KbResults> cache;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Each article's language, by id. */
    private final Map<String, Language> articleLanguages = new ConcurrentHashMap<>();
    /** The languages that have articles, updated with every change. */
    private volatile Set<Language> languages = Set.of();
    private final ExecutorService keywordSearches = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("chatdesk-kb-keywords-", 0).daemon(true).factory());

    private LuceneKnowledgeBase(Directory directory, Embedders embedders, KbSettings settings) throws IOException {
        this.directory = directory;
        this.embedders = embedders;
        this.settings = settings;
        this.splitter = new PassageSplitter(settings.maxPassageWords());
        for (Language language : Language.values()) {
            Analyzer analyzer = LanguageFields.forQueries(language, settings.synonyms());
            queryAnalyzers.put(language, analyzer);
            lexicalSupport.put(language, new LexicalSupport(analyzer, ARTICLE_ID, LanguageFields.of(language).textFields()));
        }
        this.cache = settings.cacheSize() > 0 ? Caffeine.newBuilder().maximumSize(settings.cacheSize()).build() : null;
        this.writer = newWriter(directory);
        writer.commit(); // an empty index is a valid one to search
        this.searchers = new SearcherManager(directory, null);
        loadArticleIds();
    }

    /** A knowledge base kept in a directory on disk (created if missing), with one embedder for every language. */
    public static LuceneKnowledgeBase open(Path indexDirectory, TextEmbedder embedder, KbSettings settings)
            throws IOException {
        return open(indexDirectory, Embedders.of(embedder), settings);
    }

    /** A knowledge base kept in a directory on disk (created if missing); the caller closes the embedders after it. */
    public static LuceneKnowledgeBase open(Path indexDirectory, Embedders embedders, KbSettings settings)
            throws IOException {
        return new LuceneKnowledgeBase(FSDirectory.open(indexDirectory), embedders, settings);
    }

    /** A knowledge base in memory (for tests and evaluation), with one embedder for every language. */
    public static LuceneKnowledgeBase inMemory(TextEmbedder embedder, KbSettings settings) {
        return inMemory(Embedders.of(embedder), settings);
    }

    /** A knowledge base in memory (for tests and evaluation); the caller closes the embedders after it. */
    public static LuceneKnowledgeBase inMemory(Embedders embedders, KbSettings settings) {
        try {
            return new LuceneKnowledgeBase(new ByteBuffersDirectory(), embedders, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadArticleIds() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            var stored = searcher.getIndexReader().storedFields();
            var liveDocs = MultiBits.getLiveDocs(searcher.getIndexReader());
            for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                if (liveDocs == null || liveDocs.get(doc)) {
                    Document fields = stored.document(doc, Set.of(ARTICLE_ID, LANGUAGE));
                    String language = fields.get(LANGUAGE);
                    articleLanguages.put(fields.get(ARTICLE_ID), language == null ? Language.EN : Language.fromCode(language));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        updateLanguages();
    }

    private void updateLanguages() {
        Set<Language> present = EnumSet.noneOf(Language.class);
        present.addAll(articleLanguages.values());
        languages = Set.copyOf(present);
    }

    @Override
    public KbResults search(String query, Language language, int limit) {
        return search(query, language, limit, () -> embedders.forLanguage(language).embedQuery(query));
    }

    @Override
    public KbResults search(String query, Language language, int limit, Supplier<float[]> queryVector) {
        String cacheKey = limit + "\u0000" + language.code() + "\u0000" + query;
        KbResults cached = cache == null ? null : cache.getIfPresent(cacheKey);
        if (cached != null) {
            return cached;
        }
        KbResults results;
        try {
            results = languages.contains(language) ? searchIndex(query, queryVector, language, limit)
                    : new KbResults(List.of(), false, -1); // nothing to find, and no reason to load the language's encoder
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge-base search failed", e);
        }
        if (cache != null) {
            cache.put(cacheKey, results);
        }
        return results;
    }

    private KbResults searchIndex(String query, Supplier<float[]> embedded, Language language, int limit) throws IOException {
        LanguageFields fields = LanguageFields.of(language);
        // Several passages of one article may rank high: take enough to fill the limit with articles.
        int candidates = Math.max(CANDIDATES, 3 * limit);
        IndexSearcher searcher = searchers.acquire();
        // The keyword search needs no vector, so it runs on another core while the question is embedded.
        Future<TopDocs> keyword = settings.mode() == SearchMode.dense ? null
                : keywordSearches.submit(() -> searcher.search(keywordQuery(query, language), candidates));
        try {
            // Only the language's passages have its vector field: the vector search needs no filter.
            float[] queryVector = embedded.get();
            TopDocs ranked = switch (settings.mode()) {
                case bm25 -> await(keyword);
                case dense -> searcher.search(new KnnFloatVectorQuery(fields.vector(), queryVector, candidates), candidates);
                case hybrid -> {
                    TopDocs dense = searcher.search(new KnnFloatVectorQuery(fields.vector(), queryVector, candidates), candidates);
                    yield RankFusion.weightedRrf(candidates, RRF_K, new TopDocs[] {await(keyword), dense},
                            new double[] {1 - settings.denseWeight(), settings.denseWeight()});
                }
            };
            Map<String, KbHit> bestPerArticle = new LinkedHashMap<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : ranked.scoreDocs) {
                if (bestPerArticle.size() >= limit) {
                    break;
                }
                Document doc = stored.document(hit.doc, HIT_FIELDS);
                String articleId = doc.get(ARTICLE_ID);
                bestPerArticle.putIfAbsent(articleId, new KbHit(articleId, doc.get(TITLE), doc.get(URL),
                        doc.get(HEADING), doc.get(TEXT), hit.score));
            }
            List<KbHit> hits = new ArrayList<>(bestPerArticle.values());
            double confidence = hits.isEmpty() ? -1 : bestCosine(searcher, hits.get(0).articleId(), queryVector)
                    + settings.lexicalWeight() * lexicalSupport.get(language).of(searcher, query, hits.get(0).articleId());
            return new KbResults(hits, !hits.isEmpty() && confidence >= settings.answerThreshold(language), confidence);
        } finally {
            if (keyword != null) {
                finish(keyword); // the searcher must outlive every search on it
            }
            searchers.release(searcher);
        }
    }

    /**
     * How close the question comes to the article: the best cosine similarity between the question
     * and any of the article's passages. The fused ranking may put first a passage that BM25 liked
     * and the vectors less; the article is still the right answer if another of its passages is
     * close to the question.
     */
    private static double bestCosine(IndexSearcher searcher, String articleId, float[] queryVector) throws IOException {
        TopDocs passages = searcher.search(new TermQuery(new Term(ARTICLE_ID, articleId)), MAX_PASSAGES_PER_ARTICLE);
        var stored = searcher.storedFields();
        double best = -1;
        for (ScoreDoc passage : passages.scoreDocs) {
            best = Math.max(best, dot(queryVector, vector(stored.document(passage.doc, VECTOR_FIELDS))));
        }
        return best;
    }

    private static TopDocs await(Future<TopDocs> search) throws IOException {
        try {
            return search.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while searching the knowledge base");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Waits for a search whose result is no longer needed (another part of the search failed). */
    private static void finish(Future<TopDocs> search) {
        try {
            search.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // reported by await, or superseded by the failure being thrown
        }
    }

    private Query keywordQuery(String query, Language language) {
        LanguageFields fields = LanguageFields.of(language);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.textFields().toArray(String[]::new),
                queryAnalyzers.get(language), fields.boosts());
        try {
            Query parsed = parser.parse(QueryParser.escape(query));
            if (parsed == null) {
                return new MatchNoDocsQuery();
            }
            // The fields are the language's own already; the filter keeps it so whatever the fields.
            return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(LANGUAGE, language.code())), BooleanClause.Occur.FILTER).build();
        } catch (ParseException e) {
            return new MatchNoDocsQuery(); // only stop words or punctuation: nothing to match on
        }
    }

    private static float[] vector(Document doc) {
        ByteBuffer bytes = ByteBuffer.wrap(doc.getBinaryValue(VECTOR_BYTES).bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(vector);
        return vector;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public void replaceAll(Collection<Article> articles) {
        Set<String> ids = new HashSet<>();
        for (Article article : articles) {
            if (!ids.add(article.id())) {
                throw new IllegalArgumentException("two articles have the id " + article.id());
            }
        }
        write(articles, id -> !ids.contains(id), true);
    }

    @Override
    public void put(Article article) {
        write(List.of(article), id -> false, false);
    }

    @Override
    public boolean delete(String articleId) {
        if (!articleLanguages.containsKey(articleId)) {
            return false;
        }
        write(List.of(), articleId::equals, false);
        return true;
    }

    /**
     * Adds or replaces the given articles and removes the existing ones {@code remove} selects,
     * as one commit. Vectors are computed before the index is touched, so a failure changes nothing.
     *
     * @param wholeCollection merges the index into one segment before the commit: after a full
     *     import, one vector graph and one set of postings are searched instead of one per flushed
     *     segment (at 50,000 passages, nearest-vector search took 0.4 ms instead of 1.3 ms)
     */
    private void write(Collection<Article> articles, Predicate<String> remove, boolean wholeCollection) {
        Map<Article, List<Passage>> passages = new LinkedHashMap<>();
        Map<Language, List<String>> texts = new EnumMap<>(Language.class);
        for (Article article : articles) {
            List<Passage> split = splitter.split(article);
            passages.put(article, split);
            List<String> ofLanguage = texts.computeIfAbsent(article.language(), l -> new ArrayList<>());
            split.forEach(p -> ofLanguage.add(embeddingText(article, p)));
        }
        Map<Language, Iterator<float[]>> vectors = new EnumMap<>(Language.class);
        texts.forEach((language, ofLanguage) ->
                vectors.put(language, embedders.forLanguage(language).embed(ofLanguage).iterator()));
        writeLock.lock();
        try {
            for (Map.Entry<Article, List<Passage>> entry : passages.entrySet()) {
                List<Document> docs = new ArrayList<>();
                Iterator<float[]> ofLanguage = vectors.get(entry.getKey().language());
                for (Passage passage : entry.getValue()) {
                    docs.add(document(entry.getKey(), passage, ofLanguage.next()));
                }
                writer.updateDocuments(new Term(ARTICLE_ID, entry.getKey().id()), docs);
            }
            List<String> removed = articleLanguages.keySet().stream().filter(remove).filter(id -> passages.keySet().stream()
                    .noneMatch(a -> a.id().equals(id))).toList();
            for (String id : removed) {
                writer.deleteDocuments(new Term(ARTICLE_ID, id));
            }
            if (wholeCollection) {
                writer.forceMerge(1);
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            removed.forEach(articleLanguages::remove);
            passages.keySet().forEach(a -> articleLanguages.put(a.id(), a.language()));
            updateLanguages();
            if (cache != null) {
                cache.invalidateAll();
            }
        } catch (IOException e) {
            rollBackQuietly();
            throw new UncheckedIOException("knowledge-base update failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(LanguageFields.forIndexing()));
    }

    /** Drops the failed change; searches keep seeing the last commit, writes go on with a new writer. */
    private void rollBackQuietly() {
        try {
            writer.rollback();
            writer = newWriter(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("the knowledge-base index cannot be reopened", e);
        }
    }

    /**
     * Title, heading and the article's tags give a passage the context its words alone may lack:
     * a section on "Turning it on" is about two-step verification only through its title, and an
     * article's tags name its topic the way customers do ("2fa", "showroom").
     */
    private static String embeddingText(Article article, Passage passage) {
        boolean chinese = article.language() == Language.ZH;
        String stop = chinese ? "。" : ". ";
        String heading = passage.heading().isEmpty() ? "" : passage.heading() + stop;
        String topics = article.tags().isEmpty() ? "" : (chinese ? "\n主题：" : "\nTopics: ") + tagText(article);
        return article.title() + stop + heading + passage.text() + topics;
    }

    /** Tags as words: "two-factor" is searched as "two factor". */
    private static String tagText(Article article) {
        return String.join(", ", article.tags().stream().map(tag -> tag.replace('-', ' ')).toList());
    }

    private static Document document(Article article, Passage passage, float[] vector) {
        LanguageFields fields = LanguageFields.of(article.language());
        Document doc = new Document();
        doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StringField(PASSAGE_KEY, passage.key(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, article.language().code(), Field.Store.YES));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new StoredField(URL, article.url()));
        doc.add(new StoredField(HEADING, passage.heading()));
        doc.add(new StoredField(TEXT, passage.text()));
        doc.add(new TextField(fields.title(), article.title(), Field.Store.NO));
        doc.add(new TextField(fields.tags(), tagText(article), Field.Store.NO));
        doc.add(new TextField(fields.heading(), passage.heading(), Field.Store.NO));
        doc.add(new TextField(fields.text(), passage.text(), Field.Store.NO));
        doc.add(new KnnFloatVectorField(fields.vector(), vector, VectorSimilarityFunction.DOT_PRODUCT));
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        doc.add(new StoredField(VECTOR_BYTES, bytes.array()));
        return doc;
    }

    /** The number of index segments searches go through. */
    int segmentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of passages searches see (each article's passages exactly once). */
    int passageCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return articleLanguages.size();
    }

    @Override
    public void close() {
        try {
            keywordSearches.shutdown();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
