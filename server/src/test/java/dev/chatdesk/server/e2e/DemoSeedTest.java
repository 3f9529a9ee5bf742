package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.core.ManualClock;
import dev.chatdesk.models.training.TrainingProgress;
import dev.chatdesk.server.app.ChatdeskApplication;
import dev.chatdesk.server.config.CommandLineOverrides;
import dev.chatdesk.server.config.ConfigLoader;
import dev.chatdesk.server.demo.DemoHistorySeeder;
import dev.chatdesk.server.testing.ApiClient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo history is written through the real server, on days in the past: what the seeder says it
 * wrote is what the insights then measure, day by day, with escalations, agents and ratings.
 */
class DemoSeedTest {
    @TempDir
    Path dataDir;

    @Test
    void threeDaysOfHistoryAreWrittenInThePastAndMeasuredByTheInsights() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ManualClock clock = new ManualClock(today.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<String, String> environment = TestServer.prepare(dataDir, DemoHistorySeeder.SERVER_ENVIRONMENT);
        try (ChatdeskApplication app = ChatdeskApplication.start(
                ConfigLoader.load(null, environment, new CommandLineOverrides(0, dataDir, null)), TrainingProgress.silent(), clock)) {
            DemoHistorySeeder.Seeded seeded = new DemoHistorySeeder(app.port(), clock, TestServer.ADMIN_PASSWORD, new Random(7))
                    .seed(today, 3, 9, day -> { });
            assertTrue(seeded.conversations() >= 18 && seeded.handedOver() > 0 && seeded.rated() > 0, seeded.toString());

            ApiClient api = new ApiClient(app.port());
            JsonNode insights = api.get("/api/v1/admin/insights?from=" + today.minusDays(3) + "&to=" + today.minusDays(1)
                    + "&bucket=day", api.login("admin", TestServer.ADMIN_PASSWORD)).json();
            assertEquals(seeded.conversations(), insights.at("/conversations").asInt(), insights.toString());
            assertEquals(seeded.rated(), insights.at("/csat/responses").asInt());
            assertEquals(3, insights.at("/volume").size());
            for (JsonNode day : insights.at("/volume")) {
                assertTrue(day.at("/conversations").asInt() >= 6, "every day has its conversations: " + insights.at("/volume"));
            }
            assertTrue(insights.at("/escalated").asInt() >= seeded.handedOver(), insights.toString());
            assertTrue(insights.at("/agents").size() >= 1 && insights.at("/firstResponseSecondsP50").asDouble() >= 30,
                    "agents answered, after at least half a minute: " + insights.at("/agents"));
            assertTrue(insights.at("/botTurns/total").asInt() >= seeded.conversations(), insights.at("/botTurns").toString());
        }
    }
}
