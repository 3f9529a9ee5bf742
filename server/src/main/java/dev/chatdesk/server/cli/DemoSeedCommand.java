package dev.chatdesk.server.cli;

import dev.chatdesk.core.ManualClock;
import dev.chatdesk.server.app.ChatdeskApplication;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.demo.DemoHistorySeeder;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chatdesk demo seed}: fills a data directory with weeks of generated support history,
 * written through the real server (model, dialogue manager, agent desk, store) on a clock set to
 * the past, so that the insights dashboard and the console show something on a first look.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Writes --days days of conversations (customers' questions in English and Chinese, angry ones, "
                + "hand-overs to three agents, ratings) into the data directory through the real server, then stops. "
                + "Run ./chatdesk serve on the same data directory afterwards.")
final class DemoSeedCommand implements Callable<Integer> {
    private static final String ADMIN_PASSWORD = "CHATDESK_ADMIN_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--days", defaultValue = "30", description = "Days of history up to yesterday (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--per-day", defaultValue = "40", description = "Conversations a day, give or take a third (default: ${DEFAULT-VALUE}).")
    int perDay;

    @Option(names = "--seed", defaultValue = "7", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || days > 365 || perDay < 1 || perDay > 1000) {
            throw new IllegalArgumentException("--days must be from 1 to 365 and --per-day from 1 to 1000, were " + days
                    + " and " + perDay);
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> environment = new HashMap<>(System.getenv());
        String generated = environment.containsKey(ADMIN_PASSWORD) ? null : HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        environment.putIfAbsent(ADMIN_PASSWORD, generated);
        environment.putAll(DemoHistorySeeder.SERVER_ENVIRONMENT);
        ChatdeskConfig settings = server.settings(environment, 0);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ManualClock clock = new ManualClock(today.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant());
        DemoHistorySeeder.Seeded seeded;
        try (ChatdeskApplication app = ChatdeskApplication.start(settings, new ConsoleProgress(err), clock)) {
            DemoHistorySeeder seeder = new DemoHistorySeeder(app.port(), clock, environment.get(ADMIN_PASSWORD), new Random(seed));
            seeded = seeder.seed(today, days, perDay, done -> {
                err.printf("seeded %d/%d days%n", done, days);
                err.flush();
            });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataDir", settings.dataDir().toAbsolutePath().toString());
        out.put("days", days);
        out.put("conversations", seeded.conversations());
        out.put("handedOver", seeded.handedOver());
        out.put("rated", seeded.rated());
        if (generated != null) {
            out.put("adminPassword", generated);
            err.println("The admin's password, if this data directory had no admin before: " + generated);
        }
        output.print(spec, out);
        return 0;
    }
}
