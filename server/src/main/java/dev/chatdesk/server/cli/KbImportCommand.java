package dev.chatdesk.server.cli;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.kb.index.Embedders;
import dev.chatdesk.kb.index.KbSettings;
import dev.chatdesk.kb.index.LuceneKnowledgeBase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chatdesk kb import DIR}: makes the knowledge base hold exactly the articles under DIR. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports the articles under DIR (Markdown with front matter, JSON, CSV): articles are"
                + " added or replaced by id, and ones no longer there are removed.")
final class KbImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder of articles.")
    Path directory;

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Data directory; the index is its kb/ folder, the passages' vectors are remembered in its kb-vectors/"
                    + " (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = ArticleFiles.read(directory);
        try (Embedders embedders = CachedEncoders.everyLanguage(dataDirectory.resolve("kb-vectors"), CachedEncoders.progress(spec));
                LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dataDirectory.resolve("kb"), embedders, KbSettings.defaults())) {
            int before = kb.size();
            kb.replaceAll(articles);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("imported", articles.size());
            result.put("before", before);
            result.put("articles", kb.size());
            result.put("index", dataDirectory.resolve("kb").toString());
            output.print(spec, result);
        }
        return 0;
    }
}
