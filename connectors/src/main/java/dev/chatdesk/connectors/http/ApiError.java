package dev.chatdesk.connectors.http;

/**
 * A request the API refuses, answered as {@code {"error": {"code", "message"}}} with its status.
 * The message is one sentence for people; it never carries secrets or stack traces.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final Long retryAfterSeconds;

    private ApiError(int status, String code, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** An error with its HTTP status, snake_case code and message. */
    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, null);
    }

    /** 400: the request's JSON or fields are not valid. */
    public static ApiError invalid(String message) {
        return of(400, "invalid_request", message);
    }

    /** 401: credentials are missing or wrong. */
    public static ApiError unauthorized(String message) {
        return of(401, "unauthorized", message);
    }

    /** 403: the credentials do not allow this. */
    public static ApiError forbidden(String message) {
        return of(403, "forbidden", message);
    }

    /** 404: the named resource does not exist. */
    public static ApiError notFound(String message) {
        return of(404, "not_found", message);
    }

    /** 429: too many requests; the client may retry after the given seconds. */
    public static ApiError rateLimited(long retryAfterSeconds) {
        return new ApiError(429, "rate_limited", "Too many requests; please retry in " + retryAfterSeconds + " seconds.",
                retryAfterSeconds);
    }

    /** 429 with another code and message than {@link #rateLimited}: the client may retry after the given seconds. */
    public static ApiError tooMany(String code, String message, long retryAfterSeconds) {
        return new ApiError(429, code, message, retryAfterSeconds);
    }

    /** 503: the server is too busy right now; the client may retry after the given seconds. */
    public static ApiError overloaded(long retryAfterSeconds) {
        return new ApiError(503, "overloaded", "The server is busy; please retry in a moment.", retryAfterSeconds);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The error code. */
    public String code() {
        return code;
    }

    /** Seconds after which the client may retry (for 429 and 503), else null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
