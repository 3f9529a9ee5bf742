package dev.chatdesk.storage.jdbc;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.store.AgentStore;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The {@link AgentStore} of a {@link SqliteStorage}. */
final class JdbcAgentStore implements AgentStore {
    private final Database database;
    private final Clock clock;

    JdbcAgentStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean createAgent(AgentAccount account) {
        requireNonNull(account, "account");
        return database.write(c -> AgentTable.insert(c, account));
    }

    @Override
    public Optional<AgentAccount> agent(String username) {
        requireNonNull(username, "username");
        return database.read(c -> AgentTable.find(c, username));
    }

    @Override
    public long agentCount() {
        return database.read(AgentTable::count);
    }

    @Override
    public List<AgentAccount> agents() {
        return database.read(AgentTable::all);
    }

    @Override
    public boolean setAgentDisabled(String username, boolean disabled) {
        requireNonNull(username, "username");
        return database.write(c -> AgentTable.setDisabled(c, username, disabled, clock.instant()));
    }

    @Override
    public boolean setAgentPassword(String username, String passwordHash, String keptSessionHash) {
        requireNonNull(username, "username");
        requireNonNull(passwordHash, "passwordHash");
        return database.write(c -> AgentTable.setPassword(c, username, passwordHash, keptSessionHash));
    }

    @Override
    public boolean upgradeAgentPasswordHash(String username, String oldHash, String newHash) {
        requireNonNull(username, "username");
        requireNonNull(oldHash, "oldHash");
        requireNonNull(newHash, "newHash");
        return database.write(c -> AgentTable.replacePasswordHash(c, username, oldHash, newHash));
    }

    @Override
    public void saveSession(AgentSession session) {
        requireNonNull(session, "session");
        database.write(c -> {
            if (AgentTable.find(c, session.username()).isEmpty()) {
                throw new NoSuchElementException("No agent account named " + session.username());
            }
            AgentTable.saveSession(c, session);
            return null;
        });
    }

    @Override
    public Optional<AgentSession> session(String tokenHash) {
        requireNonNull(tokenHash, "tokenHash");
        return database.read(c -> AgentTable.session(c, tokenHash));
    }

    @Override
    public void deleteSession(String tokenHash) {
        requireNonNull(tokenHash, "tokenHash");
        database.write(c -> {
            AgentTable.deleteSession(c, tokenHash);
            return null;
        });
    }
}
