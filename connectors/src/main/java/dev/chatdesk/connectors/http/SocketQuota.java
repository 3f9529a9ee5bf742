package dev.chatdesk.connectors.http;

import io.vertx.core.http.ServerWebSocket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many WebSockets one key (an agent's session, a customer's conversation) may hold open on
 * this node at once; one more is refused with 429. Thread-safe.
 */
public final class SocketQuota {
    /** The close code of a socket refused after it opened, because its key holds its quota already. */
    public static final short FULL = 4429;

    private final int perKey;
    private final ConcurrentMap<String, Integer> open = new ConcurrentHashMap<>();

    /** A quota of {@code perKey} open sockets a key. */
    public SocketQuota(int perKey) {
        this.perKey = perKey;
    }

    /** Counts one more socket for the key, or fails with a 429 when it holds its quota already. */
    public void take(String key) {
        boolean[] taken = {false};
        open.compute(key, (k, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < perKey;
            return taken[0] ? now + 1 : count;
        });
        if (!taken[0]) {
            throw ApiError.tooMany("too_many_sockets",
                    "This already has " + perKey + " open connections for live updates; close one first.", 5);
        }
    }

    /**
     * Counts a socket that is already open (authenticated by its first frame): true when the key
     * had room, else the socket is closed with {@link #FULL} and false.
     */
    public boolean takeOrClose(String key, ServerWebSocket socket) {
        try {
            take(key);
            return true;
        } catch (ApiError full) {
            socket.close(FULL, full.getMessage());
            return false;
        }
    }

    /** A socket of the key closed. */
    public void release(String key) {
        open.computeIfPresent(key, (k, count) -> count == 1 ? null : count - 1);
    }
}
