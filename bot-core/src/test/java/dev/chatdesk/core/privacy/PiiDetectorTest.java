package dev.chatdesk.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the detector finds personal data, and which reading wins where two overlap. */
class PiiDetectorTest {
    private final PiiDetector detector = new PiiDetector();

    @Test
    void findsEachKindWithItsRangeFromLeftToRight() {
        String text = "卡4242424242424242，DE89370400440532013000，a@b.cn，13812345678，11010519491231002X";
        assertEquals(List.of(
                new PiiMatch(PiiKind.CARD, 1, 17),
                new PiiMatch(PiiKind.IBAN, 18, 40),
                new PiiMatch(PiiKind.EMAIL, 41, 47),
                new PiiMatch(PiiKind.PHONE, 48, 59),
                new PiiMatch(PiiKind.CN_RESIDENT_ID, 60, 78)), detector.find(text));
    }

    @Test
    void anIdNumberThatAlsoPassesTheLuhnCheckIsAnIdNumber() {
        assertTrue(Luhn.isValid("440305199001011352"));
        assertEquals(List.of(new PiiMatch(PiiKind.CN_RESIDENT_ID, 3, 21)), detector.find("身份证440305199001011352"));
    }

    @Test
    void anIdNumberNeedsABirthDateFrom1900ToToday() {
        for (String first17 : List.of("11010520991231002", "11010519490230002", "11010518991231002")) {
            String id = first17 + ResidentIdChecksum.checkCharacter(first17);
            assertEquals(List.of(), detector.find("身份证" + id), id);
        }
    }

    @Test
    void theLongestReadingWinsWhereTwoStartTogether() {
        assertEquals(List.of(new PiiMatch(PiiKind.EMAIL, 0, 19)), detector.find("13812345678@163.com"));
        assertEquals(List.of(new PiiMatch(PiiKind.PHONE, 0, 17)), detector.find("+86 138 1234 5678"));
    }

    @Test
    void aNumberWrittenInGroupsEndsBeforeTheNumbersOrWordsAfterIt() {
        assertEquals(List.of(new PiiMatch(PiiKind.PHONE, 0, 16)), detector.find("+44 20 7946 0958 2026-12-06"));
        assertEquals(List.of(new PiiMatch(PiiKind.CARD, 0, 19)), detector.find("4242 4242 4242 4242 100pcs"));
        assertEquals(List.of(new PiiMatch(PiiKind.IBAN, 0, 19)), detector.find("BE68 5390 0754 7034 please"));
    }

    @Test
    void digitsJoinedToLettersOrLongerRunsAreNotRead() {
        assertEquals(List.of(), detector.find("NW-13812345678"));
        assertEquals(List.of(), detector.find("SF13812345678"));
        assertEquals(List.of(), detector.find("138123456789"));
        assertEquals(List.of(), detector.find("GB82WEST12345698765432thanks"));
    }

    @Test
    void containsPiiSaysWhetherAnythingIsFound() {
        assertTrue(detector.containsPii("电话13812345678"));
        assertFalse(detector.containsPii("订单NW-482913"));
        assertFalse(detector.containsPii(null));
        assertEquals(List.of(), detector.find(null));
    }

    @Test
    void aMatchCoversAtLeastOneCharacter() {
        assertThrows(IllegalArgumentException.class, () -> new PiiMatch(PiiKind.PHONE, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> new PiiMatch(PiiKind.PHONE, -1, 3));
    }
}
