package dev.chatdesk.core.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules that find each kind of personal data. Every quantifier is bounded, so that a pattern
 * does a bounded amount of work at each position of a text and a whole text is read in linear time;
 * runs of digits and letters are possessive, so that a failed match does not try them split in other ways.
 */
final class PiiRules {
    /**
     * A number starts here: no letter, digit, + or _ just before it, nor a letter or digit and then
     * one of - . , / (the 482913 of NW-482913, the 299 of 1,299.99, the 12 of 2026-12-06). Unlike
     * {@code \b}, this holds between a Chinese character and a digit (手机号13812345678).
     */
    private static final String NUMBER_START = "(?<![\\w+]|\\w[-.,/])";
    /** A number ends here: no letter, digit or _ just after it, nor one of - . , / and then a digit (1299.00, 12/06). */
    private static final String NUMBER_END = "(?![\\w]|[-.,/]\\d)";
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("\\.[A-Za-z]{2,63}$");

    /** In the order they win a tie over the same characters: ID numbers before card numbers, both before phones. */
    static final List<PiiRule> ALL = List.of(
            PiiRule.whole(PiiKind.CN_RESIDENT_ID, NUMBER_START + "\\d{6} ?\\d{8} ?\\d{3}[\\dXx]" + NUMBER_END,
                    PiiRules::isResidentId),
            PiiRule.grouped(PiiKind.CARD, NUMBER_START + "(?:\\d{13,19}+|\\d{4}(?:[ -]\\d{3,6}+){2,4})" + NUMBER_END,
                    PiiRules::isCardNumber),
            PiiRule.grouped(PiiKind.IBAN, "(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])",
                    PiiRules::isIban),
            PiiRule.whole(PiiKind.EMAIL,
                    EmailAddresses.PATTERN,
                    email -> TOP_LEVEL_DOMAIN.matcher(email).find()),
            // +44 20 7946 0958, +1 (415) 555-0100, +44 (0)20 7946 0958, 0044 20 7946 0958, +8613812345678
            PiiRule.grouped(PiiKind.PHONE, NUMBER_START
                    + "(?:\\+[1-9]\\d{7,14}+|(?:\\+|00)[1-9]\\d{0,2}+(?:[ -]?\\(\\d{1,4}\\)\\d{0,12}+|[ -]\\d{1,12}+){1,6})"
                    + NUMBER_END, PiiRules::isInternationalPhone),
            // 13812345678, 138 1234 5678, 138-1234-5678, +86 138 1234 5678, 8613812345678
            PiiRule.whole(PiiKind.PHONE, NUMBER_START + "(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}" + NUMBER_END,
                    phone -> true),
            // (415) 555-0100, 415-555-0100, 415.555.0100, 1-800-555-0199
            PiiRule.whole(PiiKind.PHONE, NUMBER_START
                    + "(?:1[ .-])?(?:\\([2-9]\\d{2}\\) ?|[2-9]\\d{2}[ .-])[2-9]\\d{2}[ .-]\\d{4}" + NUMBER_END,
                    phone -> true),
            // 020 7946 0958, (020) 7946 0958, 07700 900123, 010-12345678, 0755-8888 6666
            PiiRule.whole(PiiKind.PHONE, NUMBER_START
                    + "(?:\\(0\\d{1,4}\\) ?|0\\d{1,4}[ -])\\d{3,4}[ -]?\\d{3,4}" + NUMBER_END,
                    phone -> isBetween(digitsOf(phone).length(), 10, 12)));

    private PiiRules() {}

    /** 8 to 15 digits after the + or 00, as E.164 allows. */
    private static boolean isInternationalPhone(String candidate) {
        int digits = digitsOf(candidate).length() - (candidate.startsWith("00") ? 2 : 0);
        return isBetween(digits, 8, 15);
    }

    /**
     * 17 digits, whose 7th to 14th are a birth date from 1900 to today, and their check character;
     * maybe with a space after the region (6 digits) and after the birth date.
     */
    private static boolean isResidentId(String candidate) {
        String id = candidate.replace(" ", "");
        return isBirthDate(id.substring(6, 14)) && ResidentIdChecksum.isValid(id);
    }

    private static boolean isBirthDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * 13 to 19 digits that pass the Luhn check, starting with a digit from 2 to 6, the industries of
     * payment cards (Mastercard 2 and 5, Amex, Diners and JCB 3, Visa 4, Discover and UnionPay 6).
     */
    private static boolean isCardNumber(String candidate) {
        String digits = digitsOf(candidate);
        return isBetween(digits.length(), 13, 19) && digits.charAt(0) >= '2' && digits.charAt(0) <= '6'
                && Luhn.isValid(digits);
    }

    /** An IBAN of its country's length that passes the mod-97 check, in either case, with or without spaces. */
    private static boolean isIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        return iban.length() == IbanLengths.of(iban.substring(0, 2)) && IbanChecksum.isValid(iban);
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    private static boolean isBetween(int n, int min, int max) {
        return n >= min && n <= max;
    }
}
