package dev.chatdesk.core.privacy;

/** A kind of personal data that {@link PiiDetector} finds. */
public enum PiiKind {
    /** A payment card number: 13 to 19 digits that pass the Luhn check. */
    CARD,
    /** An international bank account number of its country's length that passes the mod-97 check. */
    IBAN,
    /** An e-mail address. */
    EMAIL,
    /** A phone number: international, national with separators, or a Chinese mobile number. */
    PHONE,
    /** A Chinese resident identity card number (居民身份证号码) of 18 characters. */
    CN_RESIDENT_ID
}
