package dev.chatdesk.server.config;

import static dev.chatdesk.server.config.ConfigFiles.loadEnvironment;
import static dev.chatdesk.server.config.ConfigFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults, then the file, then the environment, then command-line options: the later wins. */
class ConfigPrecedenceTest {
    @TempDir
    Path dir;

    @Test
    void environmentVariableWinsOverTheFile() {
        Path file = write(dir, "chatdesk.yaml", "server:", "  port: 9090", "  host: 127.0.0.1");
        ChatdeskConfig config = ConfigLoader.load(file, Map.of("CHATDESK_SERVER_PORT", "7070"), CommandLineOverrides.NONE);
        assertEquals(7070, config.server().port());
        assertEquals("127.0.0.1", config.server().host());
    }

    @Test
    void optionsWinOverTheEnvironment() throws Exception {
        Path bot = Files.createDirectory(dir.resolve("bot"));
        ChatdeskConfig config = ConfigLoader.load(null,
                Map.of("CHATDESK_SERVER_PORT", "7070", "CHATDESK_DATA_DIR", "/env/data"),
                new CommandLineOverrides(6060, dir.resolve("data"), bot));
        assertEquals(6060, config.server().port());
        assertEquals(dir.resolve("data"), config.dataDir());
        assertEquals(bot, config.bot());
    }

    @Test
    void variableNameIsTheKeyPathInUpperSnakeCase() {
        ChatdeskConfig config = loadEnvironment(Map.of(
                "CHATDESK_CONNECTORS_TELEGRAM_BOT_TOKEN", "123:abc",
                "CHATDESK_CONNECTORS_TELEGRAM_SECRET_TOKEN", "s3cret",
                "CHATDESK_DATA_DIR", "/srv/chatdesk",
                "CHATDESK_LIMITS_MESSAGES_PER_MINUTE_PER_CONVERSATION", "5",
                "CHATDESK_DEMO_ORDER_SERVICE_PORT", "8181"));
        assertEquals("123:abc", config.connectors().telegram().botToken().value());
        assertEquals(Path.of("/srv/chatdesk"), config.dataDir());
        assertEquals(5, config.limits().messagesPerMinutePerConversation());
        assertEquals(8181, config.demo().orderService().port());
    }

    @Test
    void contractsAdminPasswordVariableSetsTheAdminPassword() {
        ChatdeskConfig config = loadEnvironment(Map.of("CHATDESK_ADMIN_PASSWORD", "correct horse"));
        assertEquals("correct horse", config.auth().adminPassword().value());
    }

    @Test
    void keyPathVariableWinsOverTheContractsShortAdminPasswordVariable() {
        ChatdeskConfig config = loadEnvironment(Map.of(
                "CHATDESK_ADMIN_PASSWORD", "short name", "CHATDESK_AUTH_ADMIN_PASSWORD", "key path"));
        assertEquals("key path", config.auth().adminPassword().value());
    }

    @Test
    void emptyVariableLeavesTheFilesValue() {
        Path file = write(dir, "chatdesk.yaml", "server:", "  port: 9090");
        ChatdeskConfig config = ConfigLoader.load(file, Map.of("CHATDESK_SERVER_PORT", ""), CommandLineOverrides.NONE);
        assertEquals(9090, config.server().port());
    }

    @Test
    void variablesThatNameNoKeyAreIgnored() {
        ChatdeskConfig config = loadEnvironment(Map.of(
                "CHATDESK_JAVA_OPTS", "-Xmx2g", "CHATDESK_SERVER_PROT", "1", "HOME", "/root"));
        assertEquals(ChatdeskConfig.defaults(), config);
    }

    @Test
    void listVariableIsCommaSeparated() {
        ChatdeskConfig config = loadEnvironment(
                Map.of("CHATDESK_SERVER_CORS_ORIGINS", "https://a.example.com, https://b.example.com"));
        assertEquals(List.of("https://a.example.com", "https://b.example.com"), config.server().corsOrigins());
    }

    @Test
    void storeFileFollowsTheDataDirectoryUnlessItIsSet() {
        assertEquals(Path.of("/srv/chatdesk/chatdesk.db"),
                loadEnvironment(Map.of("CHATDESK_DATA_DIR", "/srv/chatdesk")).store().path());
        assertEquals(Path.of("/db/chat.db"), loadEnvironment(Map.of(
                "CHATDESK_DATA_DIR", "/srv/chatdesk", "CHATDESK_STORE_PATH", "/db/chat.db")).store().path());
    }

    @Test
    void demoOrderServiceIsOffForAnotherBotUnlessEnabled() throws Exception {
        Path bot = Files.createDirectory(dir.resolve("bot"));
        assertFalse(loadEnvironment(Map.of("CHATDESK_BOT", bot.toString())).demo().orderService().enabled());
        assertTrue(loadEnvironment(Map.of("CHATDESK_BOT", bot.toString(), "CHATDESK_DEMO_ORDER_SERVICE_ENABLED", "true"))
                .demo().orderService().enabled());
    }
}
