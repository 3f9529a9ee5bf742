package dev.chatdesk.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.SavedReply;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** What every store of saved replies does: keeps them by shortcut, replaces and deletes them. */
public abstract class SavedReplyStoreContract extends StoreContract {
    /** The suite over stores {@code backEnd} opens in an empty directory, on a clock. */
    protected SavedReplyStoreContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        super(backEnd);
    }

    @Test
    void savedRepliesAreListedByShortcutAndReplacedBySavingTheSameShortcut() {
        stores.savedReplies().saveReply(new SavedReply("refund", "Refunds take 5 days.", "admin", START));
        stores.savedReplies().saveReply(new SavedReply("address", "We ship from Hamburg.", "admin", START));
        stores.savedReplies().saveReply(new SavedReply("refund", "Hi {customer.firstName}, refunds take 5 business days.",
                "lead", START.plusSeconds(60)));

        assertEquals(List.of(new SavedReply("address", "We ship from Hamburg.", "admin", START),
                new SavedReply("refund", "Hi {customer.firstName}, refunds take 5 business days.", "lead", START.plusSeconds(60))),
                stores.savedReplies().savedReplies());
    }

    @Test
    void deletingTellsWhetherThereWasOne() {
        stores.savedReplies().saveReply(new SavedReply("thanks", "Thank you!", "admin", START));

        assertTrue(stores.savedReplies().deleteReply("thanks"));
        assertFalse(stores.savedReplies().deleteReply("thanks"));
        assertEquals(List.of(), stores.savedReplies().savedReplies());
    }
}
