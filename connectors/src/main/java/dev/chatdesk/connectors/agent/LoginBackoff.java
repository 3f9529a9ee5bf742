package dev.chatdesk.connectors.agent;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chatdesk.connectors.http.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing against one account, whatever address it comes from: after
 * {@value #FREE_FAILURES} wrong passwords in a row, the account takes no login for a while that
 * doubles with each further failure (1 s, 2 s, 4 s ... up to 15 minutes); a right password ends
 * it. Kept per node, in memory. Thread-safe.
 */
final class LoginBackoff {
    static final int FREE_FAILURES = 5;
    private static final Duration LONGEST = Duration.ofMinutes(15);

    /** Failed logins in a row, and until when the account takes none. */
    private record Failures(int count, Instant lockedUntil) {}

    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    LoginBackoff(Clock clock) {
        this.clock = clock;
    }

    /** Fails with 429 while the account is locked out. */
    void check(String username) {
        Failures now = failures.getIfPresent(key(username));
        if (now != null && now.lockedUntil().isAfter(clock.instant())) {
            long seconds = Math.max(1, Duration.between(clock.instant(), now.lockedUntil()).toSeconds() + 1);
            throw ApiError.tooMany("login_locked",
                    "Too many wrong passwords for this account; please retry in " + seconds + " seconds.", seconds);
        }
    }

    /** A wrong password for the account. */
    void failed(String username) {
        failures.asMap().compute(key(username), (k, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            Instant until = clock.instant();
            if (count > FREE_FAILURES) {
                long doublings = Math.min(count - FREE_FAILURES - 1, 20);
                Duration wait = Duration.ofSeconds(1L << doublings);
                until = until.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
            }
            return new Failures(count, until);
        });
    }

    /** A right password: the account starts afresh. */
    void succeeded(String username) {
        failures.invalidate(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
