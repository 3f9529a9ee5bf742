package dev.chatdesk.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.ConversationQuery;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.storage.crypto.RecordCipher;
import dev.chatdesk.storage.crypto.UndecryptableRecordException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * With encryption keys, customers' data is in the database only as AES-256-GCM ciphertext, still
 * found and linked as before; keys rotate; a wrong or missing key stops the store from opening.
 */
public abstract class EncryptionContract extends StorageContract {
    private static final byte[] FIRST = key(1);
    private static final byte[] SECOND = key(2);
    private static final List<String> SECRETS = List.of("Margarethe Vogelsang", "margarethe.v@example.org",
            "+4915112345678", "my hiking boots leak at the left heel", "vogelsang-state", "soles peeled off", "wet socks");

    /** The suite over the databases {@code backEnds} makes in an empty directory. */
    protected EncryptionContract(Function<Path, StorageBackEnd> backEnds) {
        super(backEnds);
    }

    @Test
    void theDatabaseHoldsNoPlaintextOfMessagesCustomersAddressesStatesSummariesOrComments() throws Exception {
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k1", FIRST), "k1"))) {
            Conversation conversation = storeEverything(storage);

            assertEquals("my hiking boots leak at the left heel", storage.conversations().messages(conversation.id()).getFirst().text());
            assertEquals("margarethe.v@example.org", storage.conversations().find(conversation.id()).orElseThrow().customer().email());
            assertEquals(conversation.id(), storage.conversations().findOpen("whatsapp", "+4915112345678").orElseThrow().id());
            assertEquals("vogelsang-state", storage.conversations().dialogueState(conversation.id()).orElseThrow());
            assertEquals("soles peeled off", storage.conversations().openEscalation(conversation.id()).orElseThrow().summary());
        }
        String stored = backEnd.rawText();
        for (String secret : SECRETS) {
            assertFalse(stored.contains(secret), "the database holds " + secret);
        }
    }

    @Test
    void searchFindsEncryptedConversationsThroughKeyedHashesAloneAndAfterARotation() throws Exception {
        Conversation conversation;
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k1", FIRST), "k1"))) {
            conversation = storeEverything(storage);
            assertEquals(List.of(conversation.id()), found(storage, "hiking boots"));
            assertEquals(List.of(conversation.id()), found(storage, "margarethe.v@example.org"));
            assertEquals(List.of(), found(storage, "hiking sandals"));
        }
        String stored = backEnd.rawText().toLowerCase(Locale.ROOT);
        for (String word : List.of("margarethe", "vogelsang", "hiking", "boots", "heel")) {
            assertFalse(stored.contains(word), "the database holds " + word);
        }
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k1", FIRST, "k2", SECOND), "k2"))) {
            rotateAll(storage);
        }
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k2", SECOND), "k2"))) {
            assertEquals(List.of(conversation.id()), found(storage, "vogelsang heel"), "indexed again under the new key");
        }
    }

    private static List<String> found(JdbcStorage storage, String words) {
        return storage.conversations().search(ConversationQuery.all(10).withText(words)).items().stream()
                .map(listed -> listed.conversation().id()).toList();
    }

    @Test
    void aVerifiedCustomerIsLinkedAcrossConversationsByIdAndEmailUnderEncryption() {
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k1", FIRST), "k1"))) {
            Conversation first = storage.conversations().create(new NewConversation("telegram", "4711", new Customer("4711", "Ana", "ana@example.org"), "en", null));
            Conversation second = storage.conversations().create(new NewConversation("telegram", "4711", new Customer("4711", null, null), "en", null));
            Conversation byEmail = storage.conversations().create(new NewConversation("slack", "U9", new Customer("U9", "Ana", "ana@example.org"), "en", null));

            assertEquals(first.customerId(), second.customerId());
            assertEquals("ana@example.org", second.customer().email(), "the stored e-mail is kept");
            assertEquals(Set.of(second.id(), byEmail.id()),
                    Set.copyOf(storage.conversations().otherConversationsOfCustomer(first.id(), 10).stream().map(Conversation::id).toList()));
        }
    }

    @Test
    void rotationReEncryptsEveryRecordSoTheOldKeyCanBeRemoved() {
        Conversation conversation;
        try (JdbcStorage storage = open(RecordCipher.plain())) {
            conversation = storeEverything(storage);
        }
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k1", FIRST), "k1"))) {
            storage.conversations().append(conversation.id(), NewMessage.of(Role.AGENT, "a new pair is on its way"));
            assertEquals(Set.of("k1"), storage.keyIdsInUse());
            assertEquals(conversation.id(), storage.conversations().findOpen("whatsapp", "+4915112345678").orElseThrow().id(),
                    "plain records are still found before the rotation");
            rotateAll(storage);
        }
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k1", FIRST, "k2", SECOND), "k2"))) {
            int rotated = rotateAll(storage);
            assertTrue(rotated >= 8, "every record moved to k2, was " + rotated);
            assertEquals(Set.of("k2"), storage.keyIdsInUse());
        }
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k2", SECOND), "k2"))) {
            assertEquals(List.of("my hiking boots leak at the left heel", "Finding an agent", "a new pair is on its way"),
                    storage.conversations().messages(conversation.id()).stream().map(Message::text).toList());
            assertEquals("Margarethe Vogelsang", storage.conversations().find(conversation.id()).orElseThrow().customer().name());
            assertEquals(conversation.id(), storage.conversations().findOpen("whatsapp", "+4915112345678").orElseThrow().id());
            assertEquals("wet socks", storage.customerData().export(conversation.customerId()).orElseThrow()
                    .conversations().getFirst().feedback().comment());
        }
    }

    @Test
    void aMissingKeyOrAnotherKeyUnderTheSameIdStopsTheStoreFromOpeningWithAClearSentence() {
        try (JdbcStorage storage = open(RecordCipher.withKeys(Map.of("k1", FIRST), "k1"))) {
            storeEverything(storage);
        }

        UndecryptableRecordException none = assertThrows(UndecryptableRecordException.class, () -> open(RecordCipher.plain()));
        UndecryptableRecordException other = assertThrows(UndecryptableRecordException.class,
                () -> open(RecordCipher.withKeys(Map.of("k2", SECOND), "k2")));
        UndecryptableRecordException wrong = assertThrows(UndecryptableRecordException.class,
                () -> open(RecordCipher.withKeys(Map.of("k1", SECOND), "k1")));

        assertEquals("Stored records are encrypted with the key 'k1', which privacy.encryptionKeys does not hold; "
                + "add it (a rotation can retire old keys afterwards)", none.getMessage());
        assertEquals(none.getMessage(), other.getMessage());
        assertEquals("The encryption key 'k1' in privacy.encryptionKeys is not the key that id stood for when records "
                + "were encrypted with it; configure the original key", wrong.getMessage());
    }

    private Conversation storeEverything(JdbcStorage storage) {
        Conversation conversation = storage.conversations().create(new NewConversation("whatsapp", "+4915112345678",
                new Customer("+4915112345678", "Margarethe Vogelsang", "margarethe.v@example.org"), "de", null));
        storage.conversations().append(conversation.id(), NewMessage.fromCustomer("my hiking boots leak at the left heel", null));
        storage.conversations().completeTurn(conversation.id(), null, null, new TurnOutcome(List.of(NewMessage.of(Role.SYSTEM, "Finding an agent")),
                "vogelsang-state", ConversationStatus.WAITING_FOR_AGENT,
                new Escalation(conversation.id(), EscalationReason.REQUESTED, "asked", "soles peeled off", List.of(), START)));
        storage.feedback().saveFeedback(conversation.id(), new Feedback(2, "wet socks", START));
        storage.deliveries().firstDelivery("whatsapp", "wamid.1", "{\"from\":\"+4915112345678\",\"text\":\"wet socks\"}");
        return conversation;
    }

    private static int rotateAll(JdbcStorage storage) {
        int total = 0;
        for (int done = storage.rotateKeys(3); done > 0; done = storage.rotateKeys(3)) {
            total += done;
        }
        return total;
    }

    private JdbcStorage open(RecordCipher cipher) {
        return backEnd.open(clock, cipher);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
