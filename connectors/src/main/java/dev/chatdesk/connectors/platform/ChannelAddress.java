package dev.chatdesk.connectors.platform;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A conversation's {@code channelAddress} made of several platform ids (a chat and a user, a Slack
 * channel, user and thread), joined so that it splits back into exactly the same parts whatever
 * characters they hold.
 */
public final class ChannelAddress {
    private static final String SEPARATOR = "/";

    private ChannelAddress() {}

    /** The address of these parts, none of them null. */
    public static String join(String... parts) {
        return Arrays.stream(parts)
                .map(part -> URLEncoder.encode(Objects.requireNonNull(part, "an address part"), StandardCharsets.UTF_8))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The parts of an address made by {@link #join}. */
    public static List<String> split(String address) {
        return Arrays.stream(address.split(SEPARATOR, -1))
                .map(part -> URLDecoder.decode(part, StandardCharsets.UTF_8))
                .toList();
    }
}
