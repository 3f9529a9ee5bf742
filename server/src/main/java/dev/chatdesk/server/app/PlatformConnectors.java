package dev.chatdesk.server.app;

import dev.chatdesk.connectors.generic.GenericConnector;
import dev.chatdesk.connectors.platform.PlatformConnector;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.connectors.slack.SlackConnector;
import dev.chatdesk.connectors.telegram.TelegramConnector;
import dev.chatdesk.server.config.ConnectorConfig;
import dev.chatdesk.server.config.ConnectorsConfig;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messaging-platform connectors the configuration sets up: one for each platform whose
 * credentials are all set. Says in the log, for every platform, whether it is mounted and, if not,
 * which keys are missing.
 */
public final class PlatformConnectors {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformConnectors.class);

    private PlatformConnectors() {}

    /**
     * The configured connectors, sending through {@code client} with retries by {@code sender};
     * signature timestamps are checked against {@code clock}.
     */
    public static List<PlatformConnector> create(ConnectorsConfig config, WebClient client, RetryingSender sender, Clock clock) {
        List<PlatformConnector> mounted = new ArrayList<>();
        add(mounted, "slack", config.slack(), slack -> SlackConnector.create(client, sender, slack.apiBase(),
                slack.botToken().value(), slack.signingSecret().value(), clock));
        add(mounted, "telegram", config.telegram(), telegram -> TelegramConnector.create(client, sender, telegram.apiBase(),
                telegram.botToken().value(), telegram.secretToken().value()));
        add(mounted, "generic", config.generic(), generic -> GenericConnector.create(client, sender, generic.callbackUrl(),
                generic.secret().value()));
        return mounted;
    }

    private static <C extends ConnectorConfig> void add(List<PlatformConnector> mounted, String name, C config,
            Function<C, PlatformConnector> connector) {
        if (config.enabled()) {
            PlatformConnector built = connector.apply(config);
            mounted.add(built);
            LOG.info("Connector {}: mounted at {}", name, built.path());
        } else {
            String missing = config.missingCredentials().stream()
                    .map(key -> "connectors." + name + "." + key)
                    .collect(Collectors.joining(", "));
            LOG.info("Connector {}: not mounted, as {} {} not set", name, missing,
                    config.missingCredentials().size() == 1 ? "is" : "are");
        }
    }
}
