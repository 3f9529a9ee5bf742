package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ButtonTitlesTest {
    @Test
    void aTitleThatFitsStaysAsItIs() {
        assertEquals("Where is my order?", ButtonTitles.fit("Where is my order?", 20));
    }

    @Test
    void aLongerTitleIsCutWithAnEllipsisToTheLimit() {
        assertEquals("It says delivered b…", ButtonTitles.fit("It says delivered but isn't here", 20));
    }

    @Test
    void anEmojiIsNeverSplitInTwo() {
        String title = ButtonTitles.fit("\uD83D\uDE00".repeat(30), 20);
        assertEquals(20, title.codePointCount(0, title.length()));
        assertEquals("\uD83D\uDE00".repeat(19) + "…", title);
    }
}
