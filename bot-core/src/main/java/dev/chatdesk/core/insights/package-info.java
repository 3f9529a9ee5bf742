/**
 * What the people who run support read back from the stored conversations: measures over a time
 * range (volume, containment, escalations, response times, satisfaction, sentiment, intents).
 */
package dev.chatdesk.core.insights;
