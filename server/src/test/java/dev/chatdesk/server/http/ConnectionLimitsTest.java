package dev.chatdesk.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client cannot hold the server with connections that send nothing, send a request a byte at a
 * time, or are too many: each is cut, while a request sent in time is served.
 */
class ConnectionLimitsTest {
    private static final Duration CUT_WITHIN = Duration.ofSeconds(3);

    private static ServicelessServer server;

    @BeforeAll
    static void start() {
        server = new ServicelessServer(List.of("*"), new ConnectionLimits(Duration.ofMillis(500), Duration.ofMillis(800), 3));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRequestWhoseHeadersComeAByteAtATimeIsCutAfterTheHeaderTimeout() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            long started = System.nanoTime();
            // A byte every 200 ms keeps the connection from ever being idle: only the header timeout cuts it.
            boolean cut = false;
            while (!cut && System.nanoTime() - started < CUT_WITHIN.toNanos()) {
                Thread.sleep(200);
                try {
                    send(socket, "a");
                } catch (IOException e) {
                    cut = true;
                }
            }
            assertTrue(cut, "still open after " + CUT_WITHIN);
        }
    }

    @Test
    void aBodyThatStopsComingIsCutAfterTheIdleTimeout() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "POST /api/v1/conversations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"customer\":");
            assertCut(socket);
        }
    }

    @Test
    void connectionsOverTheCapAreClosedAsTheyOpen() throws Exception {
        try (Socket first = connect(); Socket second = connect(); Socket third = connect(); Socket fourth = connect()) {
            long started = System.nanoTime();
            assertEquals(-1, fourth.getInputStream().read(), "the fourth connection is closed");
            assertTrue(System.nanoTime() - started < Duration.ofMillis(400).toNanos(), "closed as it opened, not by a timeout");
        }
    }

    @Test
    void aRequestSentInTimeIsServed() throws Exception {
        assertEquals(200, server.send(server.request("/health/live")).statusCode());
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** The server closes the connection (whatever it says first) within {@link #CUT_WITHIN}. */
    private static void assertCut(Socket socket) throws IOException {
        long started = System.nanoTime();
        InputStream in = socket.getInputStream();
        while (in.read() != -1) {
            // Anything the server says before it closes is fine; the close is what counts.
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(CUT_WITHIN) < 0, "cut after " + took);
    }
}
