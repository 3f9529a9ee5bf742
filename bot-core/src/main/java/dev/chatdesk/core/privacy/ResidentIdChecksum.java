package dev.chatdesk.core.privacy;

/** The ISO 7064 MOD 11-2 check character of Chinese resident ID numbers (GB 11643-1999): a digit or X for 10. */
final class ResidentIdChecksum {
    private ResidentIdChecksum() {}

    /** The check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int p = 0;
        for (int i = 0; i < first17.length(); i++) {
            p = (p + first17.charAt(i) - '0') * 2 % 11;
        }
        int check = (12 - p) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** Whether an 18-character ID number ends with the check character of its first 17 digits (x counts as X). */
    static boolean isValid(String id) {
        return Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
    }
}
