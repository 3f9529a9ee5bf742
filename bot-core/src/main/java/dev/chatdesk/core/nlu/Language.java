package dev.chatdesk.core.nlu;

import java.util.Locale;

/** A language a message can be in, each understood by its own model. */
public enum Language {
    /** English. */
    EN,
    /** Chinese (Mandarin, simplified or traditional script). */
    ZH;

    /** Its code as written in files and on the command line: {@code en}, {@code zh}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a code, in any case ({@code en}, {@code ZH}); a region is ignored
     * ({@code zh-CN} is Chinese).
     *
     * @throws IllegalArgumentException naming the code when it is no language of ours
     */
    public static Language fromCode(String code) {
        String base = code == null ? "" : code.strip().split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(base)) {
                return language;
            }
        }
        throw new IllegalArgumentException("language must be en or zh, was '" + code + "'");
    }
}
