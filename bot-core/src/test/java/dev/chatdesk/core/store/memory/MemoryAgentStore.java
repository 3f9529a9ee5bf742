package dev.chatdesk.core.store.memory;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.store.AgentStore;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/** The {@link AgentStore} of {@link InMemoryStores}. */
final class MemoryAgentStore implements AgentStore {
    private final Memory memory;

    MemoryAgentStore(Memory memory) {
        this.memory = memory;
    }

    @Override
    public boolean createAgent(AgentAccount account) {
        requireNonNull(account, "account");
        synchronized (memory) {
            return memory.agents.putIfAbsent(account.username(), account) == null;
        }
    }

    @Override
    public Optional<AgentAccount> agent(String username) {
        requireNonNull(username, "username");
        synchronized (memory) {
            return Optional.ofNullable(memory.agents.get(username));
        }
    }

    @Override
    public long agentCount() {
        synchronized (memory) {
            return memory.agents.size();
        }
    }

    @Override
    public List<AgentAccount> agents() {
        synchronized (memory) {
            return List.copyOf(memory.agents.values());
        }
    }

    @Override
    public boolean setAgentDisabled(String username, boolean disabled) {
        requireNonNull(username, "username");
        synchronized (memory) {
            if (disabled) {
                endSessionsOf(username, null);
            }
            AgentAccount a = memory.agents.computeIfPresent(username, (name, account) -> new AgentAccount(
                    name, account.passwordHash(), account.role(), account.createdAt(), disabled, account.displayName()));
            return a != null;
        }
    }

    @Override
    public boolean setAgentPassword(String username, String passwordHash, String keptSessionHash) {
        requireNonNull(username, "username");
        requireNonNull(passwordHash, "passwordHash");
        synchronized (memory) {
            endSessionsOf(username, keptSessionHash);
            return replaceHash(username, passwordHash);
        }
    }

    @Override
    public boolean upgradeAgentPasswordHash(String username, String oldHash, String newHash) {
        requireNonNull(username, "username");
        requireNonNull(oldHash, "oldHash");
        requireNonNull(newHash, "newHash");
        synchronized (memory) {
            AgentAccount account = memory.agents.get(username);
            return account != null && account.passwordHash().equals(oldHash) && replaceHash(username, newHash);
        }
    }

    private boolean replaceHash(String username, String passwordHash) {
        return memory.agents.computeIfPresent(username, (name, account) -> new AgentAccount(
                name, passwordHash, account.role(), account.createdAt(), account.disabled(), account.displayName())) != null;
    }

    private void endSessionsOf(String username, String keptSessionHash) {
        memory.sessions.values().removeIf(s -> s.username().equals(username)
                && !Objects.equals(s.tokenHash(), keptSessionHash));
    }

    @Override
    public void saveSession(AgentSession session) {
        requireNonNull(session, "session");
        synchronized (memory) {
            if (!memory.agents.containsKey(session.username())) {
                throw new NoSuchElementException("No agent account named " + session.username());
            }
            memory.sessions.put(session.tokenHash(), session);
        }
    }

    @Override
    public Optional<AgentSession> session(String tokenHash) {
        requireNonNull(tokenHash, "tokenHash");
        synchronized (memory) {
            return Optional.ofNullable(memory.sessions.get(tokenHash));
        }
    }

    @Override
    public void deleteSession(String tokenHash) {
        requireNonNull(tokenHash, "tokenHash");
        synchronized (memory) {
            memory.sessions.remove(tokenHash);
        }
    }
}
