package dev.chatdesk.server.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A name for this server process that tells it apart from the other nodes: its host name and a random suffix. */
public final class NodeIdentity {
    private NodeIdentity() {}

    /** A new id, such as {@code chat-7f9c4-3a91e2}. */
    public static String next() {
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        return hostName() + "-" + HexFormat.of().formatHex(suffix);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
