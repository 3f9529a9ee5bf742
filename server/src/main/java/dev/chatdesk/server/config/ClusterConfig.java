package dev.chatdesk.server.config;

import java.util.List;

/**
 * Joining other Chatdesk nodes in a Vert.x cluster (Hazelcast), so that they act as one behind a
 * load balancer.
 *
 * @param enabled whether this node joins a cluster
 * @param host the address this node's cluster traffic (membership and event bus) uses, as the
 *     other members reach it; required with {@code enabled}
 * @param port the TCP port of this node's cluster membership
 * @param members the members to join, as {@code HOST:PORT} (TCP discovery)
 * @param kubernetes whether to find the members through the Kubernetes API instead
 * @param kubernetesService the Kubernetes service whose pods are the members (null: every pod of the namespace)
 */
public record ClusterConfig(
        @Key(defaultValue = "false", doc = "Join a Vert.x cluster (Hazelcast), so that several nodes behind a load "
                + "balancer act as one; needs store.type postgres.")
        boolean enabled,
        @Key(doc = "This node's address for cluster traffic (membership and the event bus), as the other members "
                + "reach it: a host name or an IP address. Required with cluster.enabled.")
        String host,
        @Key(defaultValue = "5701", min = 1, max = 65535, doc = "TCP port of this node's cluster membership.")
        int port,
        @Key(doc = "The members to join as HOST:PORT (TCP discovery): a list in the file, comma-separated "
                + "in the environment.")
        List<String> members,
        @Key(defaultValue = "false", doc = "Find the members through the Kubernetes API instead of cluster.members.")
        boolean kubernetes,
        @Key(doc = "With cluster.kubernetes: the service whose pods are the members; unset: every pod of the namespace.")
        String kubernetesService) {
    /** Normalises a missing member list to an empty one. */
    public ClusterConfig {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
