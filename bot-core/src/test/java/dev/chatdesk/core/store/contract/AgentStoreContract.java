package dev.chatdesk.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.store.AgentStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentStore} does: agent accounts and their sessions.
 * Each back end runs it by extending it with its own stores.
 */
public abstract class AgentStoreContract extends StoreContract {
    private AgentStore store;

    /** The suite over stores {@code backEnd} opens in an empty directory, on a clock. */
    protected AgentStoreContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        super(backEnd);
    }

    @BeforeEach
    void useAgentStore() {
        store = stores.agents();
    }

    @Test
    void anAgentAccountIsCreatedOnlyOnce() {
        AgentAccount admin = new AgentAccount("admin", "hash-1", AgentRole.ADMIN, START, false);

        assertTrue(store.createAgent(admin));
        assertFalse(store.createAgent(new AgentAccount("admin", "hash-2", AgentRole.AGENT, START, false)));

        assertEquals(Optional.of(admin), store.agent("admin"));
        assertEquals(Optional.empty(), store.agent("nobody"));
        assertEquals(1, store.agentCount());
    }

    @Test
    void anAccountKeepsItsDisplayNameAndABlankOneIsNone() {
        store.createAgent(new AgentAccount("ann", "hash", AgentRole.AGENT, START, false, " Anna "));
        store.createAgent(new AgentAccount("bob", "hash", AgentRole.AGENT, START, false, "  "));

        assertEquals("Anna", store.agent("ann").orElseThrow().displayName());
        assertNull(store.agent("bob").orElseThrow().displayName());
    }

    @Test
    void sessionsAreFoundByTokenHashEvenAfterTheyExpire() {
        store.createAgent(new AgentAccount("ann", "hash", AgentRole.AGENT, START, false));
        AgentSession expired = new AgentSession("old-token", "ann", AgentRole.AGENT, START.minusSeconds(1));
        store.saveSession(expired);

        assertEquals(Optional.of(expired), store.session("old-token"));
        assertEquals(Optional.empty(), store.session("other-token"));
    }

    @Test
    void aSessionForAnUnknownAgentIsRefused() {
        NoSuchElementException error = assertThrows(NoSuchElementException.class,
                () -> store.saveSession(new AgentSession("t", "ghost", AgentRole.AGENT, START)));

        assertTrue(error.getMessage().contains("ghost"), error.getMessage());
    }

    @Test
    void aDisabledAgentLosesItsSessionsAndCanBeEnabledAgain() {
        store.createAgent(new AgentAccount("ann", "hash", AgentRole.AGENT, START, false));
        store.saveSession(new AgentSession("ann-token", "ann", AgentRole.AGENT, START.plusSeconds(60)));

        assertTrue(store.setAgentDisabled("ann", true));
        assertTrue(store.agent("ann").orElseThrow().disabled());
        assertEquals(Optional.empty(), store.session("ann-token"));

        assertTrue(store.setAgentDisabled("ann", false));
        assertFalse(store.agent("ann").orElseThrow().disabled());
        assertFalse(store.setAgentDisabled("ghost", true));
    }

    @Test
    void anUpgradedPasswordHashKeepsTheAccountsSessions() {
        store.createAgent(new AgentAccount("ann", "old-hash", AgentRole.AGENT, START, false));
        store.saveSession(new AgentSession("ann-token", "ann", AgentRole.AGENT, START.plusSeconds(60)));

        assertTrue(store.upgradeAgentPasswordHash("ann", "old-hash", "new-hash"));

        assertEquals("new-hash", store.agent("ann").orElseThrow().passwordHash());
        assertTrue(store.session("ann-token").isPresent());
    }

    @Test
    void aPasswordHashIsNotUpgradedOnceItHasChanged() {
        store.createAgent(new AgentAccount("ann", "old-hash", AgentRole.AGENT, START, false));
        store.setAgentPassword("ann", "changed-hash", null);

        assertFalse(store.upgradeAgentPasswordHash("ann", "old-hash", "new-hash"));
        assertFalse(store.upgradeAgentPasswordHash("ghost", "old-hash", "new-hash"));

        assertEquals("changed-hash", store.agent("ann").orElseThrow().passwordHash());
    }

    @Test
    void agentsAreListedByUsername() {
        store.createAgent(new AgentAccount("zoe", "hash", AgentRole.AGENT, START, false));
        store.createAgent(new AgentAccount("ann", "hash", AgentRole.ADMIN, START, false));

        assertEquals(List.of("ann", "zoe"), store.agents().stream().map(AgentAccount::username).toList());
    }

    @Test
    void aDeletedSessionIsGone() {
        store.createAgent(new AgentAccount("ann", "hash", AgentRole.AGENT, START, false));
        store.saveSession(new AgentSession("ann-token", "ann", AgentRole.AGENT, START.plusSeconds(60)));

        store.deleteSession("ann-token");

        assertEquals(Optional.empty(), store.session("ann-token"));
    }
}
