package dev.chatdesk.core.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A message's language from its script, as customers mix Chinese, English, numbers and emoji. */
class LanguageDetectorTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "我的快递到哪了？|ZH",
        "我的order NW-482913 还没到|ZH",
        "refund 什么时候到账|ZH",
        "快递丢了😡😡|ZH",
        "在吗|ZH",
        "發貨了嗎|ZH",
        "where is my parcel?|EN",
        "NW-482913|EN",
        "???|EN",
        "😡😡😡|EN",
        "can I return the 北京 edition of the mug?|EN",
        "thanks 谢谢|ZH"
    })
    void readsTheLanguageFromTheScript(String text, Language expected) {
        assertEquals(expected, LanguageDetector.detect(text));
    }
}
