package dev.chatdesk.core.nlu;

/** A language a message can be in, each understood by its own model. */
public enum Language {
    /** English. */
    EN,
    /** Chinese (Mandarin, simplified or traditional script). */
    ZH
}
