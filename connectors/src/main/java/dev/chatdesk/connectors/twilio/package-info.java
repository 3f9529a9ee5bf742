/**
 * SMS through Twilio: incoming messages arrive at the webhook as forms signed with
 * {@code X-Twilio-Signature} and are answered with empty TwiML; replies go out with the REST API's
 * Messages resource, quick replies as numbered options that the customer answers with the number.
 */
package dev.chatdesk.connectors.twilio;
