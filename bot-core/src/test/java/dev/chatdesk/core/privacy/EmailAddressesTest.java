package dev.chatdesk.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first e-mail address of a customer's message, as slots and the wait for an agent take it. */
class EmailAddressesTest {
    @Test
    void takesTheFirstAddressOutOfASentence() {
        assertEquals(Optional.of("li.wei+shop@mail.example.cn"),
                EmailAddresses.first("sure, it's li.wei+shop@mail.example.cn, or my work one a@b.org"));
        assertEquals(Optional.of("anna@example.de"), EmailAddresses.first("我的邮箱是 anna@example.de 谢谢"));
    }

    @Test
    void findsNoneInTextWithoutAnAddressHoweverLong() {
        assertEquals(Optional.empty(), EmailAddresses.first("my order is NW-482913, no e-mail sorry @ home"));
        assertEquals(Optional.empty(), EmailAddresses.first("a".repeat(100_000) + "@"));
    }
}
