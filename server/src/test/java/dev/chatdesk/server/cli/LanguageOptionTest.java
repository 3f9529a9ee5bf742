package dev.chatdesk.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatdesk.core.nlu.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --language}: given, it wins; absent, the language most of the data is in. */
class LanguageOptionTest {
    private static final List<String> MOSTLY_CHINESE = List.of("我的快递到哪了", "退款什么时候到账", "where is my parcel");

    @Test
    void withoutTheOptionTheDataDecides() {
        assertEquals(Language.ZH, option(null).resolve(MOSTLY_CHINESE));
        assertEquals(Language.EN, option(null).resolve(List.of("hi", "你好")));
        assertEquals(Language.EN, option(null).resolve(List.of()));
    }

    @Test
    void theOptionWinsOverTheDataAndMustBeEnOrZh() {
        assertEquals(Language.EN, option("en").resolve(MOSTLY_CHINESE));
        assertEquals(Language.ZH, option("ZH").resolve(List.of("hello")));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> option("fr").resolve(MOSTLY_CHINESE));
        assertEquals("--language must be en or zh, was 'fr'", wrong.getMessage());
    }

    private static LanguageOption option(String value) {
        LanguageOption option = new LanguageOption();
        option.language = value;
        return option;
    }
}
