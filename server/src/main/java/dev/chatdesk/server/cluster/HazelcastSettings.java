package dev.chatdesk.server.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.KubernetesConfig;
import com.hazelcast.config.NetworkConfig;
import dev.chatdesk.server.config.ClusterConfig;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;

/** The Hazelcast configuration of a Chatdesk cluster member, from the {@code cluster.*} keys. */
public final class HazelcastSettings {
    /** The Hazelcast cluster name: members of other clusters on the same network are not joined. */
    static final String CLUSTER_NAME = "chatdesk";
    /** The member attribute that holds a node's Chatdesk id. */
    public static final String NODE_ATTRIBUTE = "chatdesk.node";
    /** The first of the type ids of Bucket4j's serializers (rate-limit buckets), clear of Hazelcast's and Vert.x's. */
    private static final int BUCKET4J_TYPE_IDS = 10_000;

    private HazelcastSettings() {}

    /**
     * Vert.x's Hazelcast defaults (its maps of subscriptions and locks) with this node's network:
     * its port, the address the others reach it at if given, and TCP discovery of
     * {@code cluster.members} or Kubernetes discovery; multicast and Hazelcast's calls home are off.
     */
    public static Config of(ClusterConfig cluster, String nodeId) {
        Config config = ConfigUtil.loadConfig();
        config.setClusterName(CLUSTER_NAME);
        config.getMemberAttributeConfig().setAttribute(NODE_ATTRIBUTE, nodeId);
        // No machine here reaches the internet, and a member must not try to.
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // Vert.x leaves the cluster in an orderly way when the server stops.
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // Compact, versioned forms of the rate-limit buckets' entry processors instead of Java serialization.
        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), BUCKET4J_TYPE_IDS);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(false);
        if (cluster.host() != null) {
            // What the other members connect to: a container's name or a pod's address.
            // Without a port: Vert.x reads this address as the host its event bus advertises.
            network.setPublicAddress(cluster.host());
        }
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        if (cluster.kubernetes()) {
            KubernetesConfig kubernetes = join.getKubernetesConfig().setEnabled(true);
            if (cluster.kubernetesService() != null) {
                kubernetes.setProperty("service-name", cluster.kubernetesService());
            }
        } else {
            join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members());
        }
        return config;
    }

    /**
     * The options with the event bus at {@code cluster.host} when given: the other members open
     * their event-bus connections to that address.
     */
    public static VertxOptions eventBusAt(VertxOptions options, ClusterConfig cluster) {
        if (cluster.host() != null) {
            options.getEventBusOptions().setHost(cluster.host()).setClusterPublicHost(cluster.host());
        }
        return options;
    }

    /**
     * The configuration of a short-lived lite member that joins the cluster only to see its members
     * (it holds no data), on a port next to the node's, so that it can run beside the node itself.
     */
    public static Config forCheck(ClusterConfig cluster, String checkerId) {
        Config config = of(cluster, checkerId);
        config.setLiteMember(true);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port() + 1).setPortAutoIncrement(true).setPortCount(100);
        network.setPublicAddress(null);
        return config;
    }
}
