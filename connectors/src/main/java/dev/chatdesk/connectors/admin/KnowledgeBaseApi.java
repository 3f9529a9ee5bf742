package dev.chatdesk.connectors.admin;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.ClientAddress;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.RateLimiter;
import dev.chatdesk.connectors.http.QueryParams;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.nlu.Language;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Search of the help articles ({@code GET /api/v1/kb/search}, for the widget and agents) and their
 * management by admins: put, delete, and import a whole set that replaces the old one. The admin
 * routes must sit behind the admin check.
 */
public final class KnowledgeBaseApi {
    private static final int MAX_QUERY = 500;
    private static final int MAX_LIMIT = 20;
    private static final int MAX_ARTICLES = 5_000;

    private final KnowledgeBase knowledgeBase;
    private final Executor blocking;
    private final RateLimiter searches;

    /** An API over the knowledge base; its blocking work runs on {@code blocking}; searches are limited per client. */
    public KnowledgeBaseApi(KnowledgeBase knowledgeBase, Executor blocking, RateLimiter searches) {
        this.knowledgeBase = knowledgeBase;
        this.blocking = blocking;
        this.searches = searches;
    }

    /** Adds the routes to the router. */
    public void mount(Router router) {
        router.get("/api/v1/kb/search").handler(this::search);
        router.put("/api/v1/admin/kb/articles/:id").handler(this::put);
        router.delete("/api/v1/admin/kb/articles/:id").handler(this::delete);
        router.post("/api/v1/admin/kb/import").handler(this::importAll);
    }

    private void search(RoutingContext ctx) {
        String query = ctx.request().getParam("q");
        if (query == null || query.isBlank()) {
            throw ApiError.invalid("'q' (the question) is required.");
        }
        if (query.length() > MAX_QUERY) {
            throw ApiError.invalid("'q' must be at most " + MAX_QUERY + " characters.");
        }
        int limit = (int) QueryParams.optionalLong(ctx, "limit", 1, MAX_LIMIT, 5);
        searches.acquire(ClientAddress.of(ctx)).onSuccess(allowed -> Replies.json(ctx, 200,
                onBlocking(() -> knowledgeBase.search(query.strip(), limit)), results -> json(query.strip(), results)))
                .onFailure(ctx::fail);
    }

    private static JsonObject json(String query, KbResults results) {
        JsonArray hits = new JsonArray();
        results.hits().forEach(hit -> hits.add(new JsonObject()
                .put("id", hit.articleId())
                .put("title", hit.title())
                .put("url", hit.url())
                .put("heading", hit.heading())
                .put("passage", hit.passage())
                .put("score", hit.score())));
        return new JsonObject()
                .put("query", query)
                .put("answerable", results.answerable())
                .put("confidence", results.confidence())
                .put("hits", hits);
    }

    private void put(RoutingContext ctx) {
        String id = articleId(ctx.pathParam("id"));
        JsonObject body = JsonRequests.body(ctx, false);
        Article article = article(body, id, "");
        Replies.json(ctx, 200, onBlocking(() -> {
            knowledgeBase.put(article);
            return article;
        }), KnowledgeBaseApi::articleJson);
    }

    private void delete(RoutingContext ctx) {
        String id = articleId(ctx.pathParam("id"));
        Replies.onContext(ctx, onBlocking(() -> knowledgeBase.delete(id))).onSuccess(deleted -> {
            if (!deleted) {
                ctx.fail(ApiError.notFound("There is no article " + id + "."));
            } else {
                ctx.response().setStatusCode(204).end();
            }
        }).onFailure(ctx::fail);
    }

    private void importAll(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        Object value = body.getValue("articles");
        if (!(value instanceof JsonArray array)) {
            throw ApiError.invalid("'articles' must be an array of articles.");
        }
        if (array.size() > MAX_ARTICLES) {
            throw ApiError.invalid("An import takes at most " + MAX_ARTICLES + " articles.");
        }
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.getValue(i) instanceof JsonObject json)) {
                throw ApiError.invalid("articles[" + i + "] must be an object.");
            }
            String id = articleId(Fields.requiredString(json, "id", 200));
            if (!ids.add(id)) {
                throw ApiError.invalid("Article " + id + " appears twice in the import.");
            }
            articles.add(article(json, id, "articles[" + i + "]."));
        }
        Replies.json(ctx, 200, onBlocking(() -> {
            knowledgeBase.replaceAll(articles);
            return knowledgeBase.size();
        }), size -> new JsonObject().put("imported", articles.size()).put("articles", size));
    }

    private static String articleId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,200}")) {
            throw ApiError.invalid("An article id is 1 to 200 letters, digits, dots, dashes or underscores.");
        }
        return id;
    }

    private static Article article(JsonObject json, String id, String where) {
        String title = requiredIn(json, "title", 500, where);
        String text = requiredIn(json, "body", 200_000, where);
        String url = Fields.optionalString(json, "url", 2000);
        String locale = Fields.optionalString(json, "locale", 35);
        Language language = language(Fields.optionalString(json, "language", 35), where);
        List<String> tags = new ArrayList<>();
        Object tagValue = json.getValue("tags");
        if (tagValue != null) {
            if (!(tagValue instanceof JsonArray array) || !array.stream().allMatch(t -> t instanceof String)) {
                throw ApiError.invalid("'" + where + "tags' must be an array of strings.");
            }
            array.forEach(t -> tags.add((String) t));
        }
        return new Article(id, title, url, tags, locale, text, language);
    }

    /** The article's language as given ({@code en}, {@code zh}); null, to detect it from the text, when not given. */
    private static Language language(String code, String where) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("'" + where + "language' must be en or zh, was '" + code + "'.");
        }
    }

    private static String requiredIn(JsonObject json, String field, int max, String where) {
        try {
            return Fields.requiredString(json, field, max);
        } catch (ApiError e) {
            throw ApiError.invalid(e.getMessage().replace("'" + field + "'", "'" + where + field + "'"));
        }
    }

    private static JsonObject articleJson(Article a) {
        return new JsonObject()
                .put("id", a.id())
                .put("title", a.title())
                .put("url", a.url())
                .put("tags", new JsonArray(a.tags()))
                .put("locale", a.locale())
                .put("language", a.language().code());
    }

    private <T> CompletableFuture<T> onBlocking(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, blocking);
    }
}
