package dev.chatdesk.connectors.insights;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Fields;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.bot.ArticleDraft;
import dev.chatdesk.core.bot.BotDrafts;
import dev.chatdesk.core.bot.IntentDraft;
import dev.chatdesk.core.nlu.Language;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Admins turn unanswered questions into drafts for review: {@code POST /api/v1/admin/drafts/intents}
 * ({@code {"name", "language", "title", "examples", "answer"}}) and {@code POST /api/v1/admin/drafts/articles}
 * ({@code {"id", "language", "title", "body", "questions"}}); 201 with the draft's file. The bot uses
 * neither until a person has reviewed and moved it (see {@link BotDrafts}).
 */
public final class DraftsApi {
    private static final int MAX_ITEMS = 200;
    private static final int MAX_TEXT = 4_000;
    private static final int MAX_BODY = 40_000;

    private final BotDrafts drafts;
    private final Executor blocking;

    /** Writes through {@code drafts} on {@code blocking} threads. */
    public DraftsApi(BotDrafts drafts, Executor blocking) {
        this.drafts = drafts;
        this.blocking = blocking;
    }

    /** Adds the routes (behind the admin check). */
    public void mount(Router router) {
        router.post("/api/v1/admin/drafts/intents").handler(this::intent);
        router.post("/api/v1/admin/drafts/articles").handler(this::article);
    }

    private void intent(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        IntentDraft draft = new IntentDraft(Fields.requiredString(body, "name", 64), language(body),
                Fields.optionalString(body, "title", 200), texts(body, "examples", true),
                Fields.optionalString(body, "answer", MAX_TEXT));
        write(ctx, () -> drafts.draftIntent(draft));
    }

    private void article(RoutingContext ctx) {
        JsonObject body = JsonRequests.body(ctx, false);
        ArticleDraft draft = new ArticleDraft(Fields.requiredString(body, "id", 80), language(body),
                Fields.requiredString(body, "title", 200), Fields.requiredString(body, "body", MAX_BODY),
                texts(body, "questions", false));
        write(ctx, () -> drafts.draftArticle(draft));
    }

    private void write(RoutingContext ctx, Supplier<Path> writing) {
        Replies.json(ctx, 201, CompletableFuture.supplyAsync(() -> written(writing), blocking), file -> new JsonObject()
                .put("draft", file.toString().replace('\\', '/'))
                .put("file", drafts.directory().resolve(file).toAbsolutePath().toString()));
    }

    /** The draft written; a bad draft is the client's mistake (400), a draft of that name waiting for review a conflict (409). */
    private static Path written(Supplier<Path> writing) {
        try {
            return writing.get();
        } catch (IllegalArgumentException bad) {
            throw ApiError.invalid("The draft cannot be written: " + bad.getMessage() + ".");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileAlreadyExistsException) {
                throw ApiError.of(409, "draft_exists", "A draft of that name is waiting for review; review it or choose another name.");
            }
            throw e;
        }
    }

    private static Language language(JsonObject body) {
        String code = Fields.requiredString(body, "language", 8);
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("'language' must be en or zh, was '" + code + "'.");
        }
    }

    private static List<String> texts(JsonObject body, String field, boolean required) {
        Object value = body.getValue(field);
        if (value == null && !required) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || (required && array.isEmpty()) || array.size() > MAX_ITEMS) {
            throw ApiError.invalid("'" + field + "' must be a list of 1 to " + MAX_ITEMS + " texts.");
        }
        List<String> texts = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String text) || text.isBlank() || text.length() > MAX_TEXT) {
                throw ApiError.invalid("Each of '" + field + "' must be a text of 1 to " + MAX_TEXT + " characters.");
            }
            texts.add(text);
        }
        return texts;
    }
}
