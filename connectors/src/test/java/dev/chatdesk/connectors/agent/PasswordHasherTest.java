package dev.chatdesk.connectors.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    private static final String PASSWORD = "correct horse battery staple";
    /**
     * Made by the reference implementation (Debian's argon2 CLI):
     * {@code printf '%s' 'correct horse battery staple' | argon2 chatdesk-salt-16 -id -t 2 -k 19456 -p 1 -l 32 -e}.
     */
    private static final String REFERENCE_OWASP_COST =
            "$argon2id$v=19$m=19456,t=2,p=1$Y2hhdGRlc2stc2FsdC0xNg$oY1lUo4Bccv9jRYqARAZ2HLlr2LkgyCcayvZQ9GFNPE";
    /**
     * Made by the reference implementation, with two lanes and a password that is not ASCII:
     * {@code printf '%s' 'pässwörd-ünïcode' | argon2 somesalt12345678 -id -t 1 -k 64 -p 2 -l 32 -e} (UTF-8).
     */
    private static final String REFERENCE_TWO_LANES =
            "$argon2id$v=19$m=64,t=1,p=2$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg";
    /** The format before Argon2id, made with Python's {@code hashlib.pbkdf2_hmac('sha256', ...)} and 1,000 iterations. */
    private static final String OLD_PBKDF2 =
            "pbkdf2-sha256$1000$b2xkLXNhbHQtMTZieXRlcw$bfBG3ebN1v97sxp5hFkxbSTVf4qNu/XrUpno2gLp1MI";

    private final PasswordHasher cheap = new PasswordHasher(new Argon2Cost(64, 1, 1));

    @Test
    void hashesAreArgon2idPhcStringsWithOwaspsMinimumCostA16ByteSaltAndA32ByteHash() {
        String stored = new PasswordHasher().hash(PASSWORD);

        assertTrue(stored.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = cheap.hash(PASSWORD);

        assertTrue(cheap.verify(PASSWORD, stored));
        assertFalse(cheap.verify("correct horse battery stapler", stored));
        assertFalse(cheap.verify("", stored));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertNotEquals(cheap.hash(PASSWORD), cheap.hash(PASSWORD));
    }

    @Test
    void hashesOfTheReferenceImplementationVerifyWithTheCostTheyName() {
        assertTrue(cheap.verify(PASSWORD, REFERENCE_OWASP_COST));
        assertFalse(cheap.verify("Correct horse battery staple", REFERENCE_OWASP_COST));
        assertTrue(cheap.verify("pässwörd-ünïcode", REFERENCE_TWO_LANES));
        assertFalse(cheap.verify("passwörd-ünïcode", REFERENCE_TWO_LANES));
    }

    @Test
    void aChangedByteOfTheHashFailsVerification() {
        String tampered = REFERENCE_OWASP_COST.replace("$oY1l", "$oY1m");

        assertFalse(cheap.verify(PASSWORD, tampered));
    }

    @Test
    void oldPbkdf2HashesStillVerifyAndNeedARehash() {
        assertTrue(cheap.verify(PASSWORD, OLD_PBKDF2));
        assertFalse(cheap.verify("wrong password", OLD_PBKDF2));
        assertTrue(cheap.needsRehash(OLD_PBKDF2));
    }

    @Test
    void onlyHashesOfTheHashersOwnCostNeedNoRehash() {
        assertFalse(cheap.needsRehash(cheap.hash(PASSWORD)));
        assertFalse(new PasswordHasher().needsRehash(REFERENCE_OWASP_COST));
        assertTrue(cheap.needsRehash(REFERENCE_OWASP_COST));
        assertTrue(new PasswordHasher(new Argon2Cost(64, 1, 2)).needsRehash(cheap.hash(PASSWORD)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "correct horse battery staple",
        "$argon2id$",
        "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=4,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=64,t=0,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=64,t=1,p=0$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=999999999,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=99999999999,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=-64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sV",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$s",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg=",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4-CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQxMjM0NTY3OA$sVjDB4+CTe2J8ChVrTO0cdMeqE0xUzgq7RIS4571gPg$extra",
        "pbkdf2-sha256$",
        "pbkdf2-sha256$1000$$",
        "pbkdf2-sha256$0$b2xkLXNhbHQtMTZieXRlcw$bfBG3ebN1v97sxp5hFkxbSTVf4qNu/XrUpno2gLp1MI",
        "pbkdf2-sha256$many$b2xkLXNhbHQtMTZieXRlcw$bfBG3ebN1v97sxp5hFkxbSTVf4qNu/XrUpno2gLp1MI",
        "pbkdf2-sha256$1000$b2xkLXNhbHQtMTZieXRlcw$b",
        "pbkdf2-sha256$1000$!!!$bfBG3ebN1v97sxp5hFkxbSTVf4qNu/XrUpno2gLp1MI",
    })
    void aMalformedStoredHashVerifiesAsFalseAndNeedsARehash(String stored) {
        assertFalse(cheap.verify(PASSWORD, stored));
        assertTrue(cheap.needsRehash(stored));
    }
}
