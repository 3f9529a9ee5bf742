package dev.chatdesk.server.cli;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.kb.eval.BeirDataset;
import dev.chatdesk.kb.eval.BeirEvaluation;
import dev.chatdesk.kb.index.SearchMode;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code chatdesk kb eval}: nDCG@10 and recall@100 on a BEIR-format benchmark. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures retrieval on a BEIR-format benchmark (corpus, queries, qrels).")
final class KbEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, description = "corpus.jsonl (_id, title, text).")
    Path corpus;

    @Option(names = "--queries", required = true, description = "queries.jsonl (_id, text).")
    Path queries;

    @Option(names = "--qrels", required = true, description = "qrels TSV with a header: query-id corpus-id score.")
    Path qrels;

    @Option(names = "--mode", defaultValue = "hybrid", description = "bm25, dense or hybrid (default: ${DEFAULT-VALUE}).")
    SearchMode mode;

    @Option(names = "--language", converter = LanguageConverter.class,
            description = "en or zh: the language's encoder and analysis for the corpus and the queries"
                    + " (default: the language most documents are in).")
    Language language;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        BeirDataset dataset = BeirDataset.read(corpus, queries, qrels);
        Language evaluated = language == null ? dataset.language() : language;
        try (SentenceEmbedder embedder = new SentenceEmbedder(PretrainedEncoder.defaultEncoder(evaluated))) {
            output.print(spec, BeirEvaluation.run(dataset, evaluated, embedder, mode));
        }
        return 0;
    }

    /** Reads {@code en} or {@code zh}, naming the bad value otherwise. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
