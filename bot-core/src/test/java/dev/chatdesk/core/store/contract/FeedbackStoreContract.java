package dev.chatdesk.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.store.FeedbackStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeedbackStore} does: one rating per conversation.
 * Each back end runs it by extending it with its own stores.
 */
public abstract class FeedbackStoreContract extends StoreContract {
    private FeedbackStore store;

    /** The suite over stores {@code backEnd} opens in an empty directory, on a clock. */
    protected FeedbackStoreContract(BiFunction<Path, Clock, StoresUnderTest> backEnd) {
        super(backEnd);
    }

    @BeforeEach
    void useFeedbackStore() {
        store = stores.feedback();
    }

    @Test
    void aConversationHasNoRatingUntilItsCustomerGivesOne() {
        assertEquals(Optional.empty(), store.feedback(webConversation().id()));
        assertEquals(Optional.empty(), store.feedback("c_unknown"));
    }

    @Test
    void aRatingReplacesTheEarlierOne() {
        String id = webConversation().id();
        String other = webConversation().id();
        Feedback later = new Feedback(5, "sorted in the end", START.plusSeconds(60));

        store.saveFeedback(id, new Feedback(2, "slow", START));
        store.saveFeedback(other, new Feedback(4, null, START));
        store.saveFeedback(id, later);

        assertEquals(Optional.of(later), store.feedback(id));
        assertEquals(Optional.of(new Feedback(4, null, START)), store.feedback(other));
    }

    @Test
    void aRatingOfAnUnknownConversationIsRefusedNamingIt() {
        NoSuchElementException error = assertThrows(NoSuchElementException.class,
                () -> store.saveFeedback("c_doesNotExist", new Feedback(3, null, START)));

        assertTrue(error.getMessage().contains("c_doesNotExist"), error.getMessage());
    }
}
