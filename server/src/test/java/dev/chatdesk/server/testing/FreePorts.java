package dev.chatdesk.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** TCP ports free on this machine right now, for servers a test starts on a port it must name (cluster members). */
public final class FreePorts {
    private FreePorts() {}

    /** A port nothing listens on at the moment of asking. */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
