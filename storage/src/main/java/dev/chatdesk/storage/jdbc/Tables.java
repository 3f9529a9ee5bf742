package dev.chatdesk.storage.jdbc;

import dev.chatdesk.storage.crypto.RecordCipher;
import java.util.function.UnaryOperator;

/** The tables of customers' data, each sealing and opening its columns with the same cipher. */
record Tables(ConversationTable conversations, MessageTable messages, EscalationTable escalations,
        FeedbackTable feedback, DeliveryTable deliveries) {
    /** The tables under this cipher, storing message text as {@code mask} makes it. */
    Tables(RecordCipher cipher, UnaryOperator<String> mask) {
        this(new ConversationTable(cipher), new MessageTable(cipher, mask), new EscalationTable(cipher),
                new FeedbackTable(cipher), new DeliveryTable(cipher));
    }
}
