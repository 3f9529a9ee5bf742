package dev.chatdesk.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check digits of card, IBAN and Chinese ID numbers, on published valid numbers and one-character changes of them. */
class PiiChecksumsTest {

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
        "3530111333300000", "6222021234567890128"})
    void testCardNumbersPassTheLuhnCheck(String card) {
        assertTrue(Luhn.isValid(card));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424241", "4111111111111112", "5555555555554440", "1234567812345678"})
    void changedCardNumbersFailIt(String card) {
        assertFalse(Luhn.isValid(card));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765432", "DE89370400440532013000", "GB29NWBK60161331926819", "NL91ABNA0417164300",
        "FR1420041010050500013M02606", "NO9386011117947", "CH9300762011623852957"})
    void exampleIbansPassTheMod97Check(String iban) {
        assertTrue(IbanChecksum.isValid(iban));
        assertEquals(iban.length(), IbanLengths.of(iban.substring(0, 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB83WEST12345698765432", "GB82WEST12345698765433", "GB82WEST12345698765423", "DE89370400440532013001"})
    void changedIbansFailIt(String iban) {
        assertFalse(IbanChecksum.isValid(iban));
    }

    @Test
    void countriesWithoutIbansHaveNoLength() {
        assertEquals(0, IbanLengths.of("US"));
        assertEquals(0, IbanLengths.of("SF"));
    }

    @Test
    void theIdNumberCheckCharacterIsMod11_2WithXForTen() {
        // GB 11643-1999's examples, checked by hand with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2: 167 mod 11 = 2, read as X
        assertEquals('X', ResidentIdChecksum.checkCharacter("11010519491231002"));
        assertEquals('4', ResidentIdChecksum.checkCharacter("44052418800101001"));
        assertTrue(ResidentIdChecksum.isValid("11010519491231002X"));
        assertTrue(ResidentIdChecksum.isValid("11010519491231002x"));
        assertFalse(ResidentIdChecksum.isValid("110105194912310021"));
        assertFalse(ResidentIdChecksum.isValid("440524188001010015"));
    }
}
