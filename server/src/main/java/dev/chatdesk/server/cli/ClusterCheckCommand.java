package dev.chatdesk.server.cli;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.chatdesk.server.app.Storages;
import dev.chatdesk.server.cluster.HazelcastSettings;
import dev.chatdesk.server.cluster.NodeIdentity;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.config.ClusterConfig;
import dev.chatdesk.server.config.StoreConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.MigrationVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chatdesk cluster check}: connects to the configured store and cluster, prints the
 * members it sees and the store's schema version, and exits 1 when either cannot be reached.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Connects to the configured store and cluster; prints the members it sees and the store's "
                + "schema version. Exits 1 when either cannot be reached.")
final class ClusterCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        ChatdeskConfig settings = storeOptions.settings();
        Map<String, Object> store = store(settings.store());
        Map<String, Object> cluster = cluster(settings.cluster());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("store", store);
        out.put("cluster", cluster);
        output.print(spec, out);
        return "up".equals(store.get("status")) && !"down".equals(cluster.get("status")) ? 0 : 1;
    }

    private static Map<String, Object> store(StoreConfig store) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("type", store.type().name().toLowerCase(Locale.ROOT));
        try {
            Optional<MigrationVersion> version = Storages.schemaVersion(store);
            report.put("status", "up");
            report.put("schemaVersion", version.map(MigrationVersion::getVersion).orElse(null));
        } catch (RuntimeException e) {
            report.put("status", "down");
            report.put("error", e.getMessage());
        }
        return report;
    }

    private static Map<String, Object> cluster(ClusterConfig cluster) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("enabled", cluster.enabled());
        if (!cluster.enabled()) {
            return report;
        }
        HazelcastInstance checker = Hazelcast.newHazelcastInstance(HazelcastSettings.forCheck(cluster, "check-" + NodeIdentity.next()));
        try {
            List<Map<String, String>> members = checker.getCluster().getMembers().stream()
                    .filter(member -> !member.isLiteMember())
                    .map(ClusterCheckCommand::describe)
                    .toList();
            report.put("status", members.isEmpty() ? "down" : "up");
            report.put("members", members);
        } finally {
            checker.shutdown();
        }
        return report;
    }

    private static Map<String, String> describe(Member member) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("node", member.getAttribute(HazelcastSettings.NODE_ATTRIBUTE));
        described.put("address", member.getAddress().getHost() + ":" + member.getAddress().getPort());
        return described;
    }
}
