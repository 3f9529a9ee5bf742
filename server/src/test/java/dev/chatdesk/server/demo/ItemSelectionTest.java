package dev.chatdesk.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSelectionTest {
    private static final OrderItem BOOTS = item("BOOTS-43", "Summit GTX Hiking Boots", "Brown", "43");
    private static final OrderItem PANTS_32 = item("PANTS-32", "Ridgeline Hiking Pants", "Olive", "32/32");
    private static final OrderItem PANTS_34 = item("PANTS-34", "Ridgeline Hiking Pants", "Olive", "34/32");
    private static final OrderItem BACKPACK = item("PACK", "Voyager 40L Backpack", "Slate", null);
    private static final List<OrderItem> ORDER = List.of(BOOTS, PANTS_32, PANTS_34, BACKPACK);

    @Test
    void findsAnItemByAWordOfItsNameInThePlural() {
        assertEquals(List.of(BOOTS), ItemSelection.matching(ORDER, "the boots"));
    }

    @Test
    void takesEveryItemTheWordsFitEquallyWell() {
        assertEquals(List.of(PANTS_32, PANTS_34), ItemSelection.matching(ORDER, "the pants"));
    }

    @Test
    void prefersTheItemThatMoreWordsFit() {
        assertEquals(List.of(PANTS_34), ItemSelection.matching(ORDER, "the 34/32 pants"));
    }

    @Test
    void theButtonOfOneSizeNamesThatSizeOnly() {
        assertEquals(List.of(PANTS_32), ItemSelection.matching(ORDER, "Ridgeline Hiking Pants (Olive, 32/32)"));
    }

    @Test
    void understandsEverydayNamesForProducts() {
        assertEquals(List.of(PANTS_32, PANTS_34), ItemSelection.matching(ORDER, "my trousers"));
        assertEquals(List.of(BACKPACK), ItemSelection.matching(ORDER, "the rucksack"));
    }

    @Test
    void findsNothingForAProductNotInTheOrder() {
        assertTrue(ItemSelection.matching(ORDER, "the tent").isEmpty());
    }

    @Test
    void fillerWordsNameNoItem() {
        assertTrue(ItemSelection.matching(ORDER, "I want to return it please").isEmpty());
    }

    @Test
    void recognisesAWishToReturnEverything() {
        for (String answer : List.of("everything", "All", "all of them", "the whole order please", "all the items")) {
            assertTrue(ItemSelection.meansEverything(answer), answer);
        }
    }

    @Test
    void allOfOneProductIsNotEverything() {
        assertFalse(ItemSelection.meansEverything("all the pants"));
    }

    private static OrderItem item(String sku, String name, String colour, String size) {
        return new OrderItem(sku, name, colour, size, 1, new BigDecimal("10.00"), null);
    }
}
