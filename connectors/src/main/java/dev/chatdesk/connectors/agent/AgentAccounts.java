package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.Tokens;
import dev.chatdesk.core.conversation.AgentAccount;
import dev.chatdesk.core.conversation.AgentRole;
import dev.chatdesk.core.conversation.AgentSession;
import dev.chatdesk.core.store.AgentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Agent accounts and their sessions: passwords kept only as strong hashes, session tokens only as
 * SHA-256 hashes with an expiry. Calls block (hashing and storage): make them off event loops.
 */
public final class AgentAccounts {
    /** The login name of the account created on first start. */
    public static final String ADMIN = "admin";

    private final AgentStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final String dummyHash;
    private final LoginBackoff backoff;

    /** Accounts kept in the store; sessions last {@code tokenLifetime}. */
    public AgentAccounts(AgentStore store, PasswordHasher hasher, Clock clock, Duration tokenLifetime) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.dummyHash = hasher.hash(Tokens.newToken());
        this.backoff = new LoginBackoff(clock);
    }

    /**
     * Creates the {@code admin} account when there is no account at all.
     *
     * @param password the admin's password, or null to generate one
     * @return the generated password to show once, or empty when none was generated
     */
    public Optional<String> ensureAdmin(String password) {
        if (store.agentCount() > 0) {
            return Optional.empty();
        }
        String chosen = password == null || password.isBlank() ? Tokens.newToken().substring(0, 20) : password;
        try {
            PasswordRule.check(ADMIN, chosen);
        } catch (ApiError weak) {
            throw new IllegalArgumentException("The admin password (auth.adminPassword, CHATDESK_ADMIN_PASSWORD) is too weak: "
                    + weak.getMessage(), weak);
        }
        store.createAgent(new AgentAccount(ADMIN, hasher.hash(chosen), AgentRole.ADMIN, clock.instant(), false));
        return password == null || password.isBlank() ? Optional.of(chosen) : Optional.empty();
    }

    /** Creates an account, with the name customers see (null: none); 409 when the username is taken. */
    public AgentAccount create(String username, String password, AgentRole role, String displayName) {
        AgentAccount account = new AgentAccount(username, hasher.hash(password), role, clock.instant(), false, displayName);
        if (!store.createAgent(account)) {
            throw ApiError.of(409, "username_taken", "There is already an account named " + username + ".");
        }
        return account;
    }

    /**
     * Logs in: a new session, or 401 for an unknown user or a wrong password (the same answer for
     * both), or 429 while the account is locked out after wrong passwords ({@link LoginBackoff}).
     * A stored hash of an older kind or cost is replaced by a current one, keeping the account's
     * other sessions.
     */
    public Login login(String username, String password) {
        backoff.check(username);
        Optional<AgentAccount> account = store.agent(username);
        // Hash even for unknown users, so the answer's timing does not tell which usernames exist.
        boolean valid = hasher.verify(password, account.map(AgentAccount::passwordHash).orElse(dummyHash)) && account.isPresent();
        if (!valid) {
            backoff.failed(username);
            throw ApiError.unauthorized("The username or password is wrong.");
        }
        backoff.succeeded(username);
        if (account.get().disabled()) {
            throw ApiError.of(401, "account_disabled", "This account has been disabled; ask an admin.");
        }
        rehashIfOutdated(account.get(), password);
        String token = Tokens.newToken();
        Instant expiresAt = clock.instant().plus(tokenLifetime);
        store.saveSession(new AgentSession(Tokens.hash(token), username, account.get().role(), expiresAt));
        return new Login(token, account.get().role(), expiresAt);
    }

    private void rehashIfOutdated(AgentAccount account, String password) {
        if (hasher.needsRehash(account.passwordHash())) {
            store.upgradeAgentPasswordHash(account.username(), account.passwordHash(), hasher.hash(password));
        }
    }

    /**
     * Changes the password of the session's account after checking the current one (as a login
     * does, backoff included); ends the account's other sessions.
     */
    public void changePassword(AgentSession session, String currentPassword, String newPassword) {
        backoff.check(session.username());
        AgentAccount account = store.agent(session.username())
                .orElseThrow(() -> ApiError.unauthorized("The token is not valid; please log in again."));
        if (!hasher.verify(currentPassword, account.passwordHash())) {
            backoff.failed(session.username());
            throw ApiError.of(400, "wrong_password", "The current password is wrong.");
        }
        PasswordRule.check(session.username(), newPassword);
        store.setAgentPassword(session.username(), hasher.hash(newPassword), session.tokenHash());
    }

    /** The session a token opens; 401 when it is unknown or expired. */
    public AgentSession authenticate(String token) {
        if (token == null) {
            throw ApiError.unauthorized("This call needs an agent token: Authorization: Bearer <token>.");
        }
        AgentSession session = store.session(Tokens.hash(token))
                .orElseThrow(() -> ApiError.unauthorized("The token is not valid; please log in again."));
        if (!session.expiresAt().isAfter(clock.instant())) {
            throw ApiError.unauthorized("The token has expired; please log in again.");
        }
        return session;
    }

    /** How long the session has left before it expires. */
    public Duration remaining(AgentSession session) {
        return Duration.between(clock.instant(), session.expiresAt());
    }

    /** Ends the session of this token (logout). */
    public void logout(AgentSession session) {
        store.deleteSession(session.tokenHash());
    }

    /** Every account, by username. */
    public List<AgentAccount> all() {
        return store.agents();
    }

    /** An enabled account with this username, or 400 naming it. */
    public AgentAccount enabled(String username) {
        return store.agent(username).filter(a -> !a.disabled())
                .orElseThrow(() -> ApiError.invalid("There is no enabled account named " + username + "."));
    }

    /**
     * Disables (ending its sessions) or enables an account: 404 when there is none, 409 when an admin
     * would disable their own account.
     */
    public AgentAccount setDisabled(String username, boolean disabled, AgentSession by) {
        if (disabled && username.equals(by.username())) {
            throw ApiError.of(409, "cannot_disable_self", "You cannot disable your own account.");
        }
        if (!store.setAgentDisabled(username, disabled)) {
            throw ApiError.notFound("There is no account named " + username + ".");
        }
        return store.agent(username).orElseThrow();
    }

    /**
     * A successful login.
     *
     * @param token the session token to send as a Bearer token
     * @param role the account's role
     * @param expiresAt when the token stops working
     */
    public record Login(String token, AgentRole role, Instant expiresAt) {}
}
