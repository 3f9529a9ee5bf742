/**
 * What the bot understood of one customer message: intent, sentiment and anger, and the port
 * ({@link dev.chatdesk.core.nlu.NluModel}) through which any model provides them.
 */
package dev.chatdesk.core.nlu;
