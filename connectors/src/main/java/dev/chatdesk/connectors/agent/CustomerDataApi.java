package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.conversation.CustomerData;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Customers' data: a data-protection officer's calls, admins only: {@code GET /api/v1/admin/customers/{id}/export}
 * (everything about the customer as one JSON document) and {@code DELETE /api/v1/admin/customers/{id}}
 * (all of it erased, 204), both audited by the {@link AuditTrail}; and the agents' customer
 * profiles ({@link CustomerProfileApi}).
 */
public final class CustomerDataApi {
    private final CustomerData customers;
    private final CustomerProfileApi profiles;
    private final Executor blocking;
    private final Clock clock;

    /** Reads and erases {@code customers} on {@code blocking} threads; serves {@code profiles}. */
    public CustomerDataApi(CustomerData customers, CustomerProfileApi profiles, Executor blocking, Clock clock) {
        this.customers = customers;
        this.profiles = profiles;
        this.blocking = blocking;
        this.clock = clock;
    }

    /** Adds the routes (behind the admin check of {@code /api/v1/admin/*} and the agents' of {@code /api/v1/agent/*}). */
    public void mount(Router router) {
        profiles.mount(router);
        router.get("/api/v1/admin/customers/:id/export").handler(this::export);
        router.delete("/api/v1/admin/customers/:id").handler(this::erase);
    }

    private void export(RoutingContext ctx) {
        long id = customerId(ctx);
        Replies.json(ctx, 200, CompletableFuture.supplyAsync(() -> customers.export(id), blocking),
                export -> CustomerExportJson.of(export.orElseThrow(() -> unknown(id)), clock.instant()));
    }

    private void erase(RoutingContext ctx) {
        long id = customerId(ctx);
        Replies.onContext(ctx, CompletableFuture.supplyAsync(() -> customers.erase(id), blocking))
                .onSuccess(erased -> {
                    if (erased) {
                        ctx.response().setStatusCode(204).end();
                    } else {
                        ctx.fail(unknown(id));
                    }
                })
                .onFailure(ctx::fail);
    }

    /** The customer number in the path ({@code :id}); 404 when it is not one. */
    static long customerId(RoutingContext ctx) {
        String value = ctx.pathParam("id");
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.notFound("There is no customer " + value + ".");
    }

    static ApiError unknown(long id) {
        return ApiError.notFound("There is no customer " + id + ".");
    }
}
