package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.QueryParams;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.service.AgentDesk;
import dev.chatdesk.core.service.InboxCounts;
import dev.chatdesk.core.store.ConversationPage;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.store.ListedConversation;
import dev.chatdesk.core.store.PageCursor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The inbox's lists: {@code GET /api/v1/agent/conversations} searches and filters the
 * conversations the agent may read, a page at a time; {@code GET /api/v1/agent/views} counts
 * those of each view (mine, unassigned, all open, resolved). Previews have personal data masked.
 */
final class ConversationSearchApi {
    private static final int DEFAULT_LIMIT = 25;
    private static final int MAX_QUERY_CHARS = 200;
    private static final int SNIPPET_CHARS = 160;

    private final AgentDesk desk;

    ConversationSearchApi(AgentDesk desk) {
        this.desk = desk;
    }

    /** Adds the routes (before {@code /conversations/:id}, which would take "views" for an id). */
    void mount(Router router) {
        router.get("/api/v1/agent/conversations").handler(this::search);
        router.get("/api/v1/agent/views").handler(ctx -> Replies.json(ctx, 200, desk.counts(AgentAuth.session(ctx)),
                ConversationSearchApi::counts));
    }

    private void search(RoutingContext ctx) {
        Replies.json(ctx, 200, desk.search(query(ctx), AgentAuth.session(ctx)), ConversationSearchApi::page);
    }

    private static ConversationQuery query(RoutingContext ctx) {
        String text = ctx.request().getParam("q");
        if (text != null && text.length() > MAX_QUERY_CHARS) {
            throw ApiError.invalid("'q' must have at most " + MAX_QUERY_CHARS + " characters.");
        }
        String assignee = ctx.request().getParam("assignee");
        return new ConversationQuery(text, statuses(ctx.request().getParam("status")), blankToNull(ctx.request().getParam("channel")),
                "me".equals(assignee) ? AgentAuth.session(ctx).username() : blankToNull(assignee),
                QueryParams.optionalDayOrTime(ctx, "from", false), QueryParams.optionalDayOrTime(ctx, "to", true), reason(ctx.request().getParam("reason")), null,
                cursor(ctx.request().getParam("cursor")),
                (int) QueryParams.optionalLong(ctx, "limit", 1, ConversationQuery.MAX_LIMIT, DEFAULT_LIMIT));
    }

    /** {@code open} (every status but closed) or wire names, separated by commas; none: all. */
    private static Set<ConversationStatus> statuses(String value) {
        Set<ConversationStatus> statuses = EnumSet.noneOf(ConversationStatus.class);
        if (value == null || value.isBlank()) {
            return statuses;
        }
        for (String name : value.split(",")) {
            if (name.trim().equals("open")) {
                statuses.addAll(InboxCounts.OPEN);
                continue;
            }
            try {
                statuses.add(ConversationStatus.fromWireName(name));
            } catch (IllegalArgumentException e) {
                throw ApiError.invalid("'status' takes open, bot, waiting_for_agent, with_agent or closed (separated by"
                        + " commas), was '" + value + "'.");
            }
        }
        return statuses;
    }

    private static EscalationReason reason(String value) {
        return parsed(value, EscalationReason::fromWireName, "'reason' is not an escalation reason: '" + value + "'.");
    }

    private static PageCursor cursor(String value) {
        return parsed(value, PageCursor::parse, "'cursor' must be the nextCursor of an earlier page, was '" + value + "'.");
    }

    /** A parameter's value as the parser reads it (null when absent); a 400 saying {@code whenMalformed} when it cannot. */
    private static <T> T parsed(String value, Function<String, T> parser, String whenMalformed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(whenMalformed);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static JsonObject page(ConversationPage page) {
        JsonArray items = new JsonArray();
        page.items().forEach(listed -> items.add(item(listed)));
        return new JsonObject().put("items", items).put("nextCursor", page.next() == null ? null : page.next().toString());
    }

    private static JsonObject item(ListedConversation listed) {
        return AgentJson.conversation(listed.conversation())
                .put("lastMessageAt", listed.conversation().updatedAt().toString())
                .put("snippet", snippet(listed.lastText()))
                .put("snippetRole", listed.lastRole() == null ? null : listed.lastRole().wireName());
    }

    /** The last message's start, with card, ID and other personal numbers masked. */
    private static String snippet(String text) {
        if (text == null) {
            return null;
        }
        String masked = AgentJson.PREVIEW.redact(text).strip().replaceAll("\\s+", " ");
        return masked.length() <= SNIPPET_CHARS ? masked : masked.substring(0, SNIPPET_CHARS - 1) + "…";
    }

    private static JsonObject counts(InboxCounts counts) {
        return new JsonObject().put("mine", counts.mine()).put("unassigned", counts.unassigned())
                .put("open", counts.open()).put("resolved", counts.resolved());
    }
}
