package dev.chatdesk.server.config;

import java.time.Duration;

/**
 * Agent and admin sign-in.
 *
 * @param adminPassword the password of the {@code admin} account created on first start; null: one
 *     is generated and logged once
 * @param agentTokenTtl how long an agent's login token stays valid
 */
public record AuthConfig(
        @Key(envAlias = "CHATDESK_ADMIN_PASSWORD",
                doc = "Password of the admin account created on first start; unset: one is generated "
                        + "and printed once in the log.")
        Secret adminPassword,
        @Key(defaultValue = "PT12H", doc = "How long an agent's login token stays valid.")
        Duration agentTokenTtl) {}
