/**
 * Slack through the Events API and interactivity: message events and Block Kit button clicks
 * arrive at the webhook signed with the app's signing secret; replies go out with
 * {@code chat.postMessage}, in the thread the customer wrote in, quick replies as buttons.
 */
package dev.chatdesk.connectors.slack;
