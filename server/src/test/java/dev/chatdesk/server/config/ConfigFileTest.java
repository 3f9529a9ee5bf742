package dev.chatdesk.server.config;

import static dev.chatdesk.server.config.ConfigFiles.loadYaml;
import static dev.chatdesk.server.config.ConfigFiles.write;
import static dev.chatdesk.server.config.ConfigFiles.yamlFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML or JSON file sets any key; a key or value the server does not understand stops the start. */
class ConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void yamlFileSetsNestedKeysOfEveryType() {
        ChatdeskConfig config = loadYaml(dir,
                "server:",
                "  port: 9090",
                "  publicUrl: https://chat.example.com",
                "  corsOrigins: [https://shop.example.com, https://www.example.com]",
                "dataDir: /var/lib/chatdesk",
                "dialogue:",
                "  anger: 0.8",
                "auth:",
                "  agentTokenTtl: PT1H",
                "demo:",
                "  orderService:",
                "    enabled: false",
                "connectors:",
                "  telegram:",
                "    botToken: '123:abc'",
                "    secretToken: s3cret");
        assertEquals(9090, config.server().port());
        assertEquals(URI.create("https://chat.example.com"), config.server().publicUrl());
        assertEquals(List.of("https://shop.example.com", "https://www.example.com"), config.server().corsOrigins());
        assertEquals(Path.of("/var/lib/chatdesk"), config.dataDir());
        assertEquals(0.8, config.dialogue().anger());
        assertEquals(Duration.ofHours(1), config.auth().agentTokenTtl());
        assertEquals(false, config.demo().orderService().enabled());
        assertEquals("123:abc", config.connectors().telegram().botToken().value());
        assertTrue(config.connectors().telegram().enabled());
    }

    @Test
    void jsonFileSetsKeysTheSameWay() {
        Path file = write(dir, "chatdesk.json",
                "{\"server\": {\"port\": 9191, \"corsOrigins\": [\"https://shop.example.com\"]},",
                " \"limits\": {\"messageChars\": 2000},",
                " \"nlu\": {\"workers\": 1, \"cacheSize\": 0}}");
        ChatdeskConfig config = ConfigLoader.load(file, Map.of(), CommandLineOverrides.NONE);
        assertEquals(9191, config.server().port());
        assertEquals(List.of("https://shop.example.com"), config.server().corsOrigins());
        assertEquals(2000, config.limits().messageChars());
        assertEquals(1, config.nlu().workers());
        assertEquals(0L, config.nlu().cacheSize());
    }

    @Test
    void emptyFileMeansEveryDefault() {
        assertEquals(ChatdeskConfig.defaults(), loadYaml(dir, ""));
    }

    @Test
    void keyWithoutValueOrWithAnEmptyOneKeepsItsDefault() {
        ServerConfig server = loadYaml(dir, "server:", "  port:", "  host: ''").server();
        assertEquals(8080, server.port());
        assertEquals("0.0.0.0", server.host());
    }

    @Test
    void unknownKeyFailsNamingItsPath() {
        assertTrue(yamlFailure(dir, "server:", "  prot: 9090").startsWith("unknown configuration key 'server.prot'"));
    }

    @Test
    void unknownSectionFailsNamingIt() {
        assertTrue(yamlFailure(dir, "conectors:", "  slack: {}").startsWith("unknown configuration key 'conectors'"));
    }

    @Test
    void wordWhereANumberBelongsFailsNamingKeyAndValue() {
        assertEquals("configuration key 'server.port' must be a number, was 'abc'",
                yamlFailure(dir, "server:", "  port: abc"));
    }

    @Test
    void valueWhereASectionBelongsFails() {
        assertEquals("configuration key 'server' must be a mapping of keys, was '8080'",
                yamlFailure(dir, "server: 8080"));
    }

    @Test
    void mappingWhereAValueBelongsFails() {
        assertEquals("configuration key 'dataDir' must be a single value, was a mapping",
                yamlFailure(dir, "dataDir:", "  path: /tmp"));
    }

    @Test
    void listWhereASingleValueBelongsFails() {
        assertEquals("configuration key 'server.port' must be a single value, was a list",
                yamlFailure(dir, "server:", "  port: [80, 81]"));
    }

    @Test
    void keyGivenTwiceFails() {
        String message = yamlFailure(dir, "server:", "  port: 80", "  port: 81");
        assertTrue(message.endsWith("is not valid YAML at line 3, column 7: Duplicate field 'port'"), message);
    }

    @Test
    void malformedFileFailsWithWhereTheMistakeIs() {
        Path file = write(dir, "broken.json", "{\"server\": {\"port\": 80,}}");
        String message = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(file, Map.of(), CommandLineOverrides.NONE)).getMessage();
        assertTrue(message.startsWith("configuration file " + file + " is not valid JSON at line 1"), message);
    }

    @Test
    void missingFileFailsNamingIt() {
        Path file = dir.resolve("nowhere.yaml");
        ConfigException failure = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(file, Map.of(), CommandLineOverrides.NONE));
        assertEquals("configuration file " + file + " does not exist", failure.getMessage());
    }
}
