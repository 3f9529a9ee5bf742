package dev.chatdesk.server.cli;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.kb.eval.BeirDataset;
import dev.chatdesk.kb.eval.BeirEvaluation;
import dev.chatdesk.kb.index.PassageVectorCache;
import dev.chatdesk.kb.index.SearchMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--vector-cache", defaultValue = "${sys:user.home}/.cache/chatdesk/vectors",
            description = "Where the passages' vectors are remembered, so that another mode or run on the same corpus"
                    + " embeds nothing again (default: ${DEFAULT-VALUE}).")
    Path vectorCache;

    @Mixin
    LanguageOption languageOption;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        Optional<Language> given = languageOption.given();
        BeirDataset dataset = BeirDataset.read(corpus, queries, qrels);
        Language evaluated = given.orElseGet(dataset::language);
        try (PassageVectorCache embedder = CachedEncoders.of(evaluated, vectorCache, CachedEncoders.progress(spec))) {
            output.print(spec, BeirEvaluation.run(dataset, evaluated, embedder, mode));
        }
        return 0;
    }
}
