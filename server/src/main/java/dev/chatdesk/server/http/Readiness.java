package dev.chatdesk.server.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** What {@code /health/ready} reports: whether this node takes traffic, and the state of each part it needs. */
@FunctionalInterface
public interface Readiness {
    /** The parts' states, with {@code status} {@code ready} only when every part is. */
    Future<JsonObject> check();
}
