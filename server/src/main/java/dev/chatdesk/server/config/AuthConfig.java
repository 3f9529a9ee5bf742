package dev.chatdesk.server.config;

import java.time.Duration;

/**
 * Agent and admin sign-in.
 *
 * @param adminPassword the password of the {@code admin} account created on first start; null: one
 *     is generated and logged once
 * @param agentTokenTtl how long an agent's login token stays valid
 * @param customerIdentitySecret the website's secret for customers' identity hashes; null: every
 *     website visitor is unverified
 */
public record AuthConfig(
        @Key(envAlias = "CHATDESK_ADMIN_PASSWORD",
                doc = "Password of the admin account created on first start; unset: one is generated "
                        + "and printed once in the log.")
        Secret adminPassword,
        @Key(defaultValue = "PT12H", doc = "How long an agent's login token stays valid.")
        Duration agentTokenTtl,
        @Key(doc = "The website's secret for identity hashes: a widget's customer id counts only with "
                + "identityHash = hex HMAC-SHA256 of the id under it; unset: every visitor is anonymous.")
        Secret customerIdentitySecret) {}
