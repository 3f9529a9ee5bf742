package dev.chatdesk.server.config;

import java.net.URI;

/**
 * The Twilio (SMS) connector.
 *
 * @param accountSid the Twilio account
 * @param authToken verifies X-Twilio-Signature and authenticates replies
 * @param fromNumber the Twilio number replies are sent from
 * @param publicUrl the webhook URL exactly as Twilio calls it, which Twilio signs
 * @param apiBase the Twilio REST API's base URL
 */
public record TwilioConfig(
        @Key(credential = true, doc = "Twilio account SID (AC...).")
        String accountSid,
        @Key(credential = true, doc = "Auth token; checks X-Twilio-Signature and authenticates replies.")
        Secret authToken,
        @Key(credential = true, doc = "Twilio phone number replies are sent from, such as +15550100.")
        String fromNumber,
        @Key(credential = true,
                doc = "The webhook URL exactly as Twilio calls it (https://chat.example.com/webhooks/twilio); "
                        + "Twilio's signature covers it.")
        URI publicUrl,
        @Key(defaultValue = "https://api.twilio.com", doc = "Base URL of the Twilio REST API.")
        URI apiBase)
        implements ConnectorConfig {}
