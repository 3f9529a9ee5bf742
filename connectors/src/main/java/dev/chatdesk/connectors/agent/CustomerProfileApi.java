package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.conversation.CustomerProfile;
import dev.chatdesk.core.conversation.CustomerTag;
import dev.chatdesk.core.service.AgentDesk;
import dev.chatdesk.core.store.CustomerProfiles;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Customers' profiles for the console: {@code GET /api/v1/agent/customers/{id}} (details, every
 * conversation with its outcome, sentiment over time, ratings, tags), and the team's tags:
 * {@code PUT} and {@code DELETE /api/v1/agent/customers/{id}/tags/{tag}}. An agent reads the
 * profile of a customer one of whose conversations they may read; admins any. Tag changes are audited.
 */
public final class CustomerProfileApi {
    private final CustomerProfiles profiles;
    private final AgentDesk desk;
    private final Executor blocking;
    private final Clock clock;

    /** Profiles from {@code profiles}, access as {@code desk} grants it, on {@code blocking} threads. */
    public CustomerProfileApi(CustomerProfiles profiles, AgentDesk desk, Executor blocking, Clock clock) {
        this.profiles = profiles;
        this.desk = desk;
        this.blocking = blocking;
        this.clock = clock;
    }

    /** Adds the routes (behind the agents' check). */
    void mount(Router router) {
        router.get("/api/v1/agent/customers/:id").handler(ctx -> {
            long id = CustomerDataApi.customerId(ctx);
            AgentSession agent = AgentAuth.session(ctx);
            Replies.json(ctx, 200, CompletableFuture.supplyAsync(() -> readable(id, agent), blocking), CustomerProfileJson::profile);
        });
        router.put("/api/v1/agent/customers/:id/tags/:tag").handler(ctx -> {
            long id = CustomerDataApi.customerId(ctx);
            AgentSession agent = AgentAuth.session(ctx);
            CustomerTag tag = new CustomerTag(tag(ctx), agent.username(), clock.instant());
            changeTags(ctx, () -> {
                readable(id, agent);
                return profiles.tag(id, tag);
            });
        });
        router.delete("/api/v1/agent/customers/:id/tags/:tag").handler(ctx -> {
            long id = CustomerDataApi.customerId(ctx);
            AgentSession agent = AgentAuth.session(ctx);
            String tag = tag(ctx);
            changeTags(ctx, () -> {
                readable(id, agent);
                return profiles.untag(id, tag);
            });
        });
    }

    private void changeTags(RoutingContext ctx, Supplier<List<CustomerTag>> change) {
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(change, blocking),
                tags -> new JsonObject().put("tags", CustomerProfileJson.tags(tags)));
    }

    /** The profile, if there is one the agent may read. */
    private CustomerProfile readable(long id, AgentSession agent) {
        CustomerProfile profile = profiles.profile(id).orElseThrow(() -> CustomerDataApi.unknown(id));
        if (!desk.mayReadAny(profile.conversations(), agent)) {
            throw ApiError.forbidden("You may read the profiles of customers whose conversations you may read.");
        }
        return profile;
    }

    private static String tag(RoutingContext ctx) {
        String tag = ctx.pathParam("tag").strip();
        if (!CustomerTag.FORM.matcher(tag).matches()) {
            throw ApiError.invalid("A tag is 1 to 32 letters, digits, spaces, - and _, starting with a letter or digit; was '"
                    + tag + "'.");
        }
        return tag;
    }
}
