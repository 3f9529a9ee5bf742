package dev.chatdesk.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    void wordsAreLowerCasedWithoutLatinAccentsOrPunctuation() {
        assertEquals(List.of("ines", "wrote", "ca", "va"), SearchTerms.of("Inés wrote: ÇA va!"));
    }

    @Test
    void aWordJoinedByPunctuationIsIndexedWholeAndInPartsAndLookedForWhole() {
        assertEquals(List.of("order", "nw", "10234", "nw10234"), SearchTerms.of("Order NW-10234?"));
        assertEquals(List.of("order", "nw10234"), SearchTerms.query("order #NW-10234"));
        assertEquals(List.of("anna", "berg", "example", "com", "annabergexamplecom"), SearchTerms.of("anna.berg@example.com"));
        assertEquals(List.of("annabergexamplecom"), SearchTerms.query("Anna.Berg@Example.com"));
        assertEquals(List.of("10234"), SearchTerms.query("10234"));
    }

    @Test
    void chineseIsFoundByCharactersAndPairsOfThem() {
        assertEquals(List.of("我", "要", "我要", "退", "要退", "款", "退款"), SearchTerms.of("我要退款"));
        assertEquals(List.of("订", "单", "订单", "nw", "1", "nw1", "到"), SearchTerms.of("订单NW-1到"));
        assertEquals(List.of("nw1"), SearchTerms.query("NW-1"));
    }

    @Test
    void nothingIsNoTerms() {
        assertEquals(List.of(), SearchTerms.of(null));
        assertEquals(List.of(), SearchTerms.query("  ?! "));
    }
}
