package dev.chatdesk.connectors.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load balancers and proxies in front of the server, by address or CIDR range. Behind them,
 * every request comes from a proxy's address, so the client is read from {@code X-Forwarded-For}:
 * the nearest address in it that is not one of our proxies. A request from anywhere else is
 * taken at its own address, whatever it says, so a client cannot pick its own rate-limit key.
 */
public final class TrustedProxies {
    /** One address range: a network address and how many leading bits of it count. */
    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int ignored = address.length * 8 - bits;
            return new BigInteger(1, address).shiftRight(ignored).equals(new BigInteger(1, network).shiftRight(ignored));
        }
    }

    private final List<Range> ranges = new ArrayList<>();

    /**
     * Proxies at the given addresses and ranges ({@code 10.0.0.0/8}, {@code 127.0.0.1},
     * {@code fd00::/8}); none: every request is taken at its own address.
     *
     * @throws IllegalArgumentException for an entry that is neither
     */
    public TrustedProxies(List<String> entries) {
        for (String entry : entries) {
            String[] parts = entry.strip().split("/", 2);
            byte[] network = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("'" + entry + "' is not an IP address or a CIDR range such as 10.0.0.0/8"));
            int bits = network.length * 8;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("'" + entry + "' has no valid prefix length after the /");
                }
            }
            ranges.add(new Range(network, bits));
        }
    }

    /** The client of a request that came from {@code peer} with these {@code X-Forwarded-For} values. */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (ranges.isEmpty() || !contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        });
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    /** Whether the address is one of these (an IP literal in one of the ranges). */
    public boolean contains(String address) {
        return literal(address).map(bytes -> ranges.stream().anyMatch(r -> r.contains(bytes))).orElse(false);
    }

    /** The bytes of an IP literal; empty for anything else (never a name lookup). */
    private static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
