package dev.chatdesk.connectors.web;

import dev.chatdesk.connectors.platform.Signatures;
import dev.chatdesk.core.conversation.Customer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides who a website visitor is. The site's own id for a signed-in customer counts only with
 * its identity hash, the hex HMAC-SHA256 of the id under the site's identity secret, which the
 * site's server computes (as Intercom's {@code user_hash} and Chatwoot's {@code identifier_hash});
 * without it, anyone could send another customer's id. Every other visitor is unverified: what they
 * typed is kept on a customer of their own, linked to nobody.
 */
public final class CustomerIdentity {
    private final String secret;

    /** Identities checked with the site's secret; null or blank: no visitor can be verified. */
    public CustomerIdentity(String secret) {
        this.secret = secret == null || secret.isBlank() ? null : secret;
    }

    /** The identity hash a site sends with a customer id: hex HMAC-SHA256 of the id under the secret. */
    public static String hash(String secret, String externalId) {
        return Signatures.hmacSha256Hex(secret, externalId.getBytes(StandardCharsets.UTF_8));
    }

    /** The customer the site vouches for when the hash fits the id, else an unverified visitor. */
    Customer of(String externalId, String name, String email, String identityHash) {
        boolean vouched = externalId != null && identityHash != null && secret != null
                && Signatures.matches(identityHash.strip().toLowerCase(Locale.ROOT), hash(secret, externalId));
        return vouched ? new Customer(externalId, name, email, true) : Customer.unverified(name, email);
    }
}
