package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.OutboundMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberedOptionsTest {
    private static final List<QuickReply> OPTIONS = List.of(new QuickReply("Where is my order?", "/order_status"),
            new QuickReply("Talk to a person", "/human_handoff"));

    @Test
    void listsTheOptionsUnderTheTextWithAHint() {
        assertEquals("How can I help?\n\n1. Where is my order?\n2. Talk to a person\n\n" + NumberedOptions.HINT,
                NumberedOptions.render(new OutboundMessage("How can I help?", OPTIONS)));
    }

    @Test
    void aTextWithoutOptionsStaysAsItIs() {
        assertEquals("Hello!", NumberedOptions.render(OutboundMessage.text("Hello!")));
    }

    @Test
    void aBareNumberPicksThatOptionsPayload() {
        assertEquals(Optional.of("/human_handoff"), NumberedOptions.choice(" 2 ", OPTIONS));
    }

    @Test
    void aNumberOutOfRangeOrATextPicksNothing() {
        assertEquals(Optional.empty(), NumberedOptions.choice("3", OPTIONS));
        assertEquals(Optional.empty(), NumberedOptions.choice("0", OPTIONS));
        assertEquals(Optional.empty(), NumberedOptions.choice("2 please", OPTIONS));
    }
}
