package dev.chatdesk.connectors.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.store.AgentStore;
import dev.chatdesk.core.store.memory.InMemoryStores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentAccountsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String PASSWORD = "correct horse battery staple";
    /** A hash in the format before Argon2id (PBKDF2-HMAC-SHA256, 1,000 iterations) of {@link #PASSWORD}. */
    private static final String OLD_PBKDF2 =
            "pbkdf2-sha256$1000$b2xkLXNhbHQtMTZieXRlcw$bfBG3ebN1v97sxp5hFkxbSTVf4qNu/XrUpno2gLp1MI";
    private static final String CHEAP_ARGON2 = "$argon2id$v=19$m=64,t=1,p=1$";

    private final PasswordHasher hasher = new PasswordHasher(new Argon2Cost(64, 1, 1));
    private AgentStore store;
    private AgentAccounts accounts;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new InMemoryStores(clock).agents();
        accounts = new AgentAccounts(store, hasher, clock, Duration.ofHours(12));
    }

    @Test
    void anAccountsPasswordIsStoredAsAnArgon2idHash() {
        accounts.create("ann", PASSWORD, AgentRole.AGENT, "Ann");

        String stored = storedHash("ann");
        assertTrue(stored.startsWith(CHEAP_ARGON2), stored);
        assertTrue(hasher.verify(PASSWORD, stored));
    }

    @Test
    void anOldPbkdf2HashStillLogsInAndIsReplacedByAnArgon2idHashOfTheSamePassword() {
        store.createAgent(new AgentAccount("ann", OLD_PBKDF2, AgentRole.AGENT, NOW, false));

        accounts.login("ann", PASSWORD);

        String upgraded = storedHash("ann");
        assertTrue(upgraded.startsWith(CHEAP_ARGON2), upgraded);
        assertTrue(hasher.verify(PASSWORD, upgraded));
        accounts.login("ann", PASSWORD);
        assertEquals(upgraded, storedHash("ann"), "a current hash is left as it is");
    }

    @Test
    void upgradingTheHashKeepsTheAccountsOtherSessions() {
        store.createAgent(new AgentAccount("ann", OLD_PBKDF2, AgentRole.AGENT, NOW, false));
        store.saveSession(new AgentSession("earlier-token-hash", "ann", AgentRole.AGENT, NOW.plusSeconds(60)));

        AgentAccounts.Login login = accounts.login("ann", PASSWORD);

        assertTrue(storedHash("ann").startsWith(CHEAP_ARGON2));
        assertTrue(store.session("earlier-token-hash").isPresent());
        assertEquals("ann", accounts.authenticate(login.token()).username());
    }

    @Test
    void aWrongPasswordLeavesTheOldHash() {
        store.createAgent(new AgentAccount("ann", OLD_PBKDF2, AgentRole.AGENT, NOW, false));

        ApiError wrong = assertThrows(ApiError.class, () -> accounts.login("ann", "correct horse battery stable"));

        assertEquals(401, wrong.status());
        assertEquals(OLD_PBKDF2, storedHash("ann"));
    }

    @Test
    void anArgon2idHashOfAnotherCostIsReplacedByOneOfTheCurrentCost() {
        String older = new PasswordHasher(new Argon2Cost(32, 1, 1)).hash(PASSWORD);
        store.createAgent(new AgentAccount("ann", older, AgentRole.AGENT, NOW, false));

        accounts.login("ann", PASSWORD);

        assertTrue(storedHash("ann").startsWith(CHEAP_ARGON2), storedHash("ann"));
    }

    private String storedHash(String username) {
        return store.agent(username).orElseThrow().passwordHash();
    }
}
