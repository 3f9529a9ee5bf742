package dev.chatdesk.connectors.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.conversation.Customer;
import org.junit.jupiter.api.Test;

class CustomerIdentityTest {
    private static final String SECRET = "site-secret-for-tests";
    private final CustomerIdentity identity = new CustomerIdentity(SECRET);

    @Test
    void theHashIsTheHexHmacSha256OfTheIdUnderTheSecret() {
        // As a site's server computes it: printf cust-1042 | openssl dgst -sha256 -hmac site-secret-for-tests
        assertEquals("73afaf94d279a85c4f51bd3464115dd368093c97c33f49c6f21c2794bd0e5a83", CustomerIdentity.hash(SECRET, "cust-1042"));
    }

    @Test
    void anIdWithItsHashIsAVerifiedCustomer() {
        String hash = CustomerIdentity.hash(SECRET, "cust-1042");
        assertEquals(new Customer("cust-1042", "Ada", "ada@example.com", true),
                identity.of("cust-1042", "Ada", "ada@example.com", hash));
        assertEquals(new Customer("cust-1042", null, null, true), identity.of("cust-1042", null, null, hash.toUpperCase()));
    }

    @Test
    void anIdWithoutItsHashOrWithAnotherIdsHashIsAnUnverifiedVisitor() {
        Customer visitor = Customer.unverified("Eve", "ada@example.com");
        assertEquals(visitor, identity.of("cust-1042", "Eve", "ada@example.com", null));
        assertEquals(visitor, identity.of("cust-1042", "Eve", "ada@example.com", CustomerIdentity.hash(SECRET, "cust-666")));
        assertEquals(visitor, identity.of("cust-1042", "Eve", "ada@example.com", CustomerIdentity.hash("another-secret", "cust-1042")));
    }

    @Test
    void withoutASecretNobodyIsVerified() {
        assertEquals(Customer.unverified("Ada", null),
                new CustomerIdentity(null).of("cust-1042", "Ada", null, CustomerIdentity.hash(SECRET, "cust-1042")));
    }
}
