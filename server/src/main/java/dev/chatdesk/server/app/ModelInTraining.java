package dev.chatdesk.server.app;

import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.Sentiment;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What reads a language's messages while its first model trains in the background: every
 * message is out of scope, neutral and calm, so the dialogue answers it from the help articles
 * (or says it cannot help) instead of guessing an intent with another language's model.
 */
final class ModelInTraining implements NluModel {
    private static final NluResult UNDERSTOOD_AS_NOTHING = new NluResult(
            new IntentScore(TrainedNlu.NO_INTENT, 0), List.of(), true, new Sentiment(SentimentLabel.NEUTRAL, 0), 0);

    @Override
    public CompletableFuture<NluResult> understand(String text) {
        return CompletableFuture.completedFuture(UNDERSTOOD_AS_NOTHING);
    }

    @Override
    public void close() {}
}
