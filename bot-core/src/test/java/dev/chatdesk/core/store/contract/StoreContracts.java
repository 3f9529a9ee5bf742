package dev.chatdesk.core.store.contract;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** Every store contract suite, run over the stores a back end opens: a back end's test extends it. */
public abstract class StoreContracts {
    /** The back end's stores, opened in an empty directory (if it needs one) on the clock. */
    protected abstract StoresUnderTest open(Path directory, Clock clock);

    @Nested
    class Conversations extends ConversationStoreContract {
        Conversations() {
            super(StoreContracts.this::open);
        }
    }

    @Nested
    class Searches extends ConversationSearchContract {
        Searches() {
            super(StoreContracts.this::open);
        }
    }

    @Nested
    class Agents extends AgentStoreContract {
        Agents() {
            super(StoreContracts.this::open);
        }
    }

    @Nested
    class Deliveries extends DeliveryStoreContract {
        Deliveries() {
            super(StoreContracts.this::open);
        }
    }

    @Nested
    class Ratings extends FeedbackStoreContract {
        Ratings() {
            super(StoreContracts.this::open);
        }
    }

    @Nested
    class SavedReplies extends SavedReplyStoreContract {
        SavedReplies() {
            super(StoreContracts.this::open);
        }
    }

    @Nested
    class ArticleChanges extends ArticleChangeLogContract {
        ArticleChanges() {
            super(StoreContracts.this::open);
        }
    }
}
