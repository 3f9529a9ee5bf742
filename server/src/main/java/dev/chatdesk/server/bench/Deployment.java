package dev.chatdesk.server.bench;

import dev.chatdesk.storage.postgres.PostgresSettings;

/**
 * Where the servers of one end-to-end measurement keep their data and how many there are: one
 * node on SQLite in the data directory, or nodes sharing one PostgreSQL database, joined in a
 * cluster when there are several. Customers' conversations are spread over the nodes in turn, as a
 * load balancer would.
 *
 * @param postgres the database the nodes share, or null for SQLite
 * @param nodes how many servers
 */
public record Deployment(PostgresSettings postgres, int nodes) {
    /** Checks there is at least one node, and only one on SQLite. */
    public Deployment {
        if (nodes < 1 || (postgres == null && nodes != 1)) {
            throw new IllegalArgumentException("a deployment has one node on SQLite, or one or more on PostgreSQL; was "
                    + nodes + " on " + (postgres == null ? "SQLite" : "PostgreSQL"));
        }
    }

    /** One node on SQLite: what {@code ./chatdesk serve} runs. */
    public static Deployment sqlite() {
        return new Deployment(null, 1);
    }

    /** The store's name as {@code store.type} spells it. */
    public String store() {
        return postgres == null ? "sqlite" : "postgres";
    }

    /** Such as "postgres, 2 nodes". */
    public String label() {
        return store() + ", " + nodes + (nodes == 1 ? " node" : " nodes");
    }
}
