package dev.chatdesk.connectors.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

    @Test
    void withoutProxiesEveryRequestIsTakenAtItsOwnAddress() {
        assertEquals("10.1.2.3", new TrustedProxies(List.of()).clientOf("10.1.2.3", List.of("203.0.113.7")));
    }

    @Test
    void behindAProxyTheClientIsTheNearestForwardedAddressThatIsNotAProxy() {
        assertEquals("203.0.113.7", proxies.clientOf("10.1.2.3", List.of("203.0.113.7")));
        assertEquals("203.0.113.7", proxies.clientOf("127.0.0.1", List.of("203.0.113.7, 10.0.0.9")));
        assertEquals("203.0.113.7", proxies.clientOf("fd12::1", List.of("198.51.100.1", "203.0.113.7")),
                "a client's own X-Forwarded-For comes first and is not believed");
        assertEquals("2001:db8::5", proxies.clientOf("10.1.2.3", List.of("2001:db8::5")));
    }

    @Test
    void aRequestThatDidNotComeThroughAProxyCannotNameItsOwnAddress() {
        assertEquals("198.51.100.1", proxies.clientOf("198.51.100.1", List.of("203.0.113.7")));
        assertEquals("11.0.0.1", proxies.clientOf("11.0.0.1", List.of("203.0.113.7")), "just outside 10.0.0.0/8");
    }

    @Test
    void aProxyThatForwardsNothingIsTheClient() {
        assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", List.of()));
    }

    @Test
    void entriesThatAreNotAddressesOrRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("proxy.example.com")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/x")));
    }
}
