package dev.chatdesk.server.config;

/** Where personal data (cards, IBANs, e-mail addresses, phone and ID numbers) is masked. */
public enum Redaction {
    /** In the server's log output. */
    LOG,
    /** In the log, and in stored message text: agents see the masked form and reveal the rest, audited. */
    STORE,
    /** Nowhere. */
    OFF
}
