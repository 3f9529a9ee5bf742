package dev.chatdesk.storage.jdbc;

import dev.chatdesk.storage.crypto.RecordCipher;
import java.util.function.UnaryOperator;

/** The tables of customers' data, each sealing and opening its columns with the same cipher, and their search index. */
record Tables(ConversationTable conversations, MessageTable messages, EscalationTable escalations,
        FeedbackTable feedback, DeliveryTable deliveries, SearchIndex search) {
    /** The tables under this cipher, storing message text as {@code mask} makes it, searched with {@code engine}. */
    static Tables of(RecordCipher cipher, UnaryOperator<String> mask, FullTextEngine engine) {
        SearchIndex search = new SearchIndex(cipher, engine);
        return new Tables(new ConversationTable(cipher, search), new MessageTable(cipher, mask, search),
                new EscalationTable(cipher), new FeedbackTable(cipher), new DeliveryTable(cipher), search);
    }
}
