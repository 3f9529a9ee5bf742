/** Personal data in customer messages: finding card, IBAN, e-mail, phone and Chinese ID numbers, and masking them. */
package dev.chatdesk.core.privacy;
