package dev.chatdesk.connectors.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.conversation.Customer;
import org.junit.jupiter.api.Test;

/** Inbound messages wait in the store as JSON and come back the same. */
class InboundMessageJsonTest {
    @Test
    void aButtonPressComesBackWithItsCustomerAndInteraction() {
        InboundMessage press = InboundMessage.button("901", "42\u001f7", new Customer("telegram:7", "Ada", null), "/order_status", "cb-1");

        assertEquals(press, InboundMessageJson.decode(InboundMessageJson.encode(press)));
    }

    @Test
    void aMessageWithoutTextOrCustomerComesBackAsAnonymous() {
        InboundMessage sticker = InboundMessage.of(InboundKind.UNSUPPORTED, "902", "42", null);

        assertEquals(InboundMessage.of(InboundKind.UNSUPPORTED, "902", "42", Customer.ANONYMOUS),
                InboundMessageJson.decode(InboundMessageJson.encode(sticker)));
    }
}
