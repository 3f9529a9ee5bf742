package dev.chatdesk.core.privacy;

/** The ISO 7064 MOD 97-10 check of IBANs: with its first four characters moved to the end, read as a number, mod 97 is 1. */
final class IbanChecksum {
    private IbanChecksum() {}

    /** Whether an IBAN in upper case without spaces passes the check. */
    static boolean isValid(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36); // 0-9, then A = 10 ... Z = 35
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
        }
        return remainder == 1;
    }
}
