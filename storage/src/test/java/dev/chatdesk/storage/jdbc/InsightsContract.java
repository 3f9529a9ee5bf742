package dev.chatdesk.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.TurnOutcome;
import dev.chatdesk.core.insights.AgentMeasures;
import dev.chatdesk.core.insights.Bucket;
import dev.chatdesk.core.insights.Csat;
import dev.chatdesk.core.insights.Durations;
import dev.chatdesk.core.insights.Headline;
import dev.chatdesk.core.insights.Insights;
import dev.chatdesk.core.insights.InsightsRange;
import dev.chatdesk.core.insights.IntentCount;
import dev.chatdesk.core.insights.SeriesPoint;
import dev.chatdesk.core.insights.UnansweredQuestion;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.storage.crypto.RecordCipher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage's insights measure, on a small history whose numbers are worked out by hand:
 * <pre>
 * 1 March  10:00 C1  "where is my order" (answered), "thanks" (answered); rated 5; never escalated
 *          11:00 C2  "this is ridiculous" (anger 0.9, escalated for anger); Anna replies after 2 min,
 *                    resolves after 10 min; rated 2
 *          12:00 C3  the customer never writes
 * 2 March  09:00 C4  "asdf qwerty" (out of scope, fallback), "can I talk to a person" (escalated on
 *                    request at 09:01); Ben replies after 5 min, hands it back at 09:20; rated 4
 *          10:00 C5  "how do I return a jacket" (article), "return shipping cost" (clarified); the
 *                    hand-over button at 10:02; nobody has answered yet
 * 3 March  01:00 C6  after the range
 * </pre>
 */
public abstract class InsightsContract extends StorageContract {
    private static final InsightsRange TWO_DAYS = new InsightsRange(
            Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"), Bucket.DAY);
    private static final double ANGRY_AT = 0.5;

    private JdbcStorage storage;
    private ConversationStore conversations;

    /** The suite over the databases {@code backEnds} makes in an empty directory. */
    protected InsightsContract(Function<Path, StorageBackEnd> backEnds) {
        super(backEnds);
    }

    @BeforeEach
    void writeTheHistory() {
        storage = backEnd.open(clock, RecordCipher.plain());
        conversations = storage.conversations();

        String c1 = startAt("2026-03-01T10:00:01Z");
        says(c1, "where is my order", nlu("order_status", SentimentLabel.NEUTRAL, 0.1), BotAction.ANSWERED, null);
        says(c1, "thanks", nlu("thanks", SentimentLabel.POSITIVE, 0.0), BotAction.ANSWERED, null);
        rate(c1, "2026-03-01T10:05:00Z", 5);

        String c2 = startAt("2026-03-01T11:00:00Z");
        says(c2, "this is ridiculous", nlu("complaint", SentimentLabel.NEGATIVE, 0.9), BotAction.ESCALATED,
                EscalationReason.ANGER);
        claim(c2, "anna");
        replyAt(c2, "anna", "2026-03-01T11:02:00Z");
        endAt(c2, "2026-03-01T11:10:00Z", ConversationStatus.CLOSED);
        rate(c2, "2026-03-01T11:12:00Z", 2);

        startAt("2026-03-01T12:00:00Z");

        String c4 = startAt("2026-03-02T09:00:00Z");
        says(c4, "asdf qwerty", new MessageNlu("out_of_scope", 0.9, true, SentimentLabel.NEUTRAL, 0.8, 0.2),
                BotAction.FALLBACK, null);
        at("2026-03-02T09:01:00Z");
        says(c4, "can I talk to a person", nlu("human", SentimentLabel.NEUTRAL, 0.3), BotAction.ESCALATED,
                EscalationReason.REQUESTED);
        claim(c4, "ben");
        replyAt(c4, "ben", "2026-03-02T09:06:00Z");
        endAt(c4, "2026-03-02T09:20:00Z", ConversationStatus.BOT);
        rate(c4, "2026-03-02T09:30:00Z", 4);

        String c5 = startAt("2026-03-02T10:00:00Z");
        says(c5, "how do I return a jacket", nlu("returns", SentimentLabel.NEGATIVE, 0.6), BotAction.ARTICLE, null);
        says(c5, "return shipping cost", nlu("returns", SentimentLabel.NEUTRAL, 0.4), BotAction.CLARIFIED, null);
        at("2026-03-02T10:02:00Z");
        conversations.completeTurn(c5, null, null, new TurnOutcome(List.of(), null, ConversationStatus.WAITING_FOR_AGENT,
                escalation(c5, EscalationReason.REQUESTED)));

        String c6 = startAt("2026-03-03T01:00:00Z");
        says(c6, "hello", nlu("greet", SentimentLabel.NEGATIVE, 0.95), BotAction.ANSWERED, null);
        rate(c6, "2026-03-03T01:05:00Z", 1);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void countsTheConversationsInWhichTheCustomerWroteAndThoseTheBotFinishedAlone() {
        Headline headline = measure().headline();

        assertEquals(4, headline.conversations(), "C1, C2, C4, C5: not C3, where nobody wrote, nor C6, after the range");
        assertEquals(1, headline.contained(), "C1");
        assertEquals(3, headline.escalated());
        assertEquals(0.25, headline.containmentRate(), 1e-9);
        assertEquals(0.75, headline.escalationRate(), 1e-9);
    }

    @Test
    void countsEscalationsByReasonAndTimesTheFirstAgentReplyAndTheResolution() {
        Headline headline = measure().headline();

        assertEquals(Map.of(EscalationReason.ANGER, 1L, EscalationReason.REQUESTED, 2L), headline.escalations());
        assertEquals(new Durations(2, Duration.ofMinutes(2), Duration.ofMinutes(5)), headline.firstResponse(),
                "C2 after 2 minutes, C4 after 5; C5 unanswered");
        assertEquals(new Durations(1, Duration.ofMinutes(10), Duration.ofMinutes(10)), headline.resolution(),
                "C2 only: C4 went back to the bot, C5 is waiting");
    }

    @Test
    void averagesTheRatingsGivenInTheRange() {
        Csat csat = measure().headline().csat();

        assertEquals(List.of(0L, 1L, 0L, 1L, 1L), csat.byRating());
        assertEquals(3, csat.responses());
        assertEquals(11.0 / 3, csat.average(), 1e-9);
    }

    @Test
    void followsSentimentAndAngerBucketByBucket() {
        List<SeriesPoint> series = measure().series();

        assertEquals(rounded(List.of(
                new SeriesPoint(Instant.parse("2026-03-01T00:00:00Z"), 2, 1, 3, 1, 1, (0.1 + 0.0 + 0.9) / 3),
                new SeriesPoint(Instant.parse("2026-03-02T00:00:00Z"), 2, 0, 4, 1, 1, (0.2 + 0.3 + 0.6 + 0.4) / 4))),
                rounded(series));
        assertEquals(0.25, series.get(1).negativeShare(), 1e-9);
        assertEquals(1.0 / 3, series.get(0).angryShare(), 1e-9);
    }

    @Test
    void countsWhatTheBotDidWithEachMessageAndTheIntentsItRead() {
        Insights insights = measure();

        assertEquals(Map.of(BotAction.ANSWERED, 2L, BotAction.ESCALATED, 2L, BotAction.FALLBACK, 1L, BotAction.ARTICLE, 1L,
                BotAction.CLARIFIED, 1L), insights.turns().byAction());
        assertEquals(1.0 / 7, insights.turns().rate(BotAction.FALLBACK), 1e-9);
        assertEquals(List.of(new IntentCount("returns", 2), new IntentCount("complaint", 1), new IntentCount("human", 1),
                new IntentCount("order_status", 1), new IntentCount("thanks", 1)), insights.topIntents(),
                "most first, then by name; the out-of-scope message is no intent");
    }

    @Test
    void measuresEachAgentsWork() {
        assertEquals(List.of(
                new AgentMeasures("anna", 1, 1, new Durations(1, Duration.ofMinutes(2), Duration.ofMinutes(2)),
                        new Csat(List.of(0L, 1L, 0L, 0L, 0L))),
                new AgentMeasures("ben", 1, 0, new Durations(1, Duration.ofMinutes(5), Duration.ofMinutes(5)),
                        new Csat(List.of(0L, 0L, 0L, 1L, 0L)))),
                measure().agents());
    }

    @Test
    void aRangeCountsWhatStartedInItAndAnHourlySeriesHasEveryHour() {
        InsightsRange secondDay = new InsightsRange(Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z"), Bucket.HOUR);
        Headline headline = storage.insights().headline(secondDay);
        List<SeriesPoint> hours = storage.insights().measure(secondDay, ANGRY_AT).series();

        assertEquals(2, headline.conversations());
        assertEquals(Map.of(EscalationReason.REQUESTED, 2L), headline.escalations());
        assertEquals(List.of(0L, 0L, 0L, 1L, 0L), headline.csat().byRating());
        assertEquals(24, hours.size());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), hours.get(9).at());
        assertEquals(List.of(1L, 1L), List.of(hours.get(9).conversations(), hours.get(10).conversations()));
        assertEquals(2, hours.get(9).understood());
        assertEquals(0, hours.get(11).understood());
        assertEquals(headline, storage.insights().measure(secondDay, ANGRY_AT).headline(), "the two calls agree");
    }

    @Test
    void listsTheQuestionsTheBotFellBackOnAndThoseWhoseOfferedMeaningsTheCustomerDeclined() {
        String c7 = startAt("2026-03-02T15:00:00Z");
        says(c7, "do you sell gift cards", nlu("payment_methods", SentimentLabel.NEUTRAL, 0.1), BotAction.CLARIFIED, null);
        at("2026-03-02T15:01:00Z");
        says(c7, "none of these", nlu("deny", SentimentLabel.NEUTRAL, 0.1), BotAction.DECLINED, null);
        Message giftCards = storage.conversations().messages(c7).get(0);

        List<UnansweredQuestion> questions = storage.insights().unanswered(TWO_DAYS.from(), TWO_DAYS.to(), 10);

        assertEquals(List.of("do you sell gift cards", "asdf qwerty"), questions.stream().map(UnansweredQuestion::text).toList(),
                "newest first: the declined offer's question, then C4's fallback; C5's clarified question was not declined");
        UnansweredQuestion declined = questions.get(0);
        assertEquals(giftCards.id(), declined.messageId(), "the question, not the customer's 'none of these'");
        assertEquals(c7, declined.conversationId());
        assertEquals(Instant.parse("2026-03-02T15:01:00Z"), declined.at(), "when the customer declined");
        assertEquals(Language.EN, declined.language());
        assertEquals(1, storage.insights().unanswered(TWO_DAYS.from(), TWO_DAYS.to(), 1).size(), "the limit");
        assertEquals(List.of(), storage.insights().unanswered(TWO_DAYS.previous().from(), TWO_DAYS.from(), 10));
    }

    @Test
    void aRangeWithNothingInItMeasuresNothing() {
        Insights insights = storage.insights().measure(TWO_DAYS.previous(), ANGRY_AT);

        assertEquals(0, insights.headline().conversations());
        assertEquals(0, insights.headline().containmentRate());
        assertEquals(Durations.NONE, insights.headline().firstResponse());
        assertNull(insights.headline().csat().average());
        assertEquals(0, insights.turns().total());
        assertEquals(List.of(), insights.agents());
        assertEquals(2, insights.series().size());
    }

    private Insights measure() {
        return storage.insights().measure(TWO_DAYS, ANGRY_AT);
    }

    private String startAt(String time) {
        at(time);
        return conversations.create(new NewConversation("web", null, Customer.ANONYMOUS, "en", null)).id();
    }

    private void says(String conversationId, String text, MessageNlu nlu, BotAction action, EscalationReason escalation) {
        Message message = conversations.append(conversationId, NewMessage.fromCustomer(text, null));
        boolean escalates = escalation != null;
        conversations.completeTurn(conversationId, message.id(), nlu, new TurnOutcome(
                List.of(NewMessage.of(Role.BOT, "an answer")), null,
                escalates ? ConversationStatus.WAITING_FOR_AGENT : ConversationStatus.BOT,
                escalates ? escalation(conversationId, escalation) : null, action));
    }

    private Escalation escalation(String conversationId, EscalationReason reason) {
        return new Escalation(conversationId, reason, null, null, List.of(), clock.instant());
    }

    private void claim(String conversationId, String agent) {
        conversations.transition(conversationId, EnumSet.of(ConversationStatus.WAITING_FOR_AGENT),
                ConversationStatus.WITH_AGENT, agent);
    }

    private void replyAt(String conversationId, String agent, String time) {
        at(time);
        conversations.append(conversationId, NewMessage.by(agent, Role.AGENT, "I'm on it"));
        conversations.append(conversationId, NewMessage.by(agent, Role.AGENT, "a second reply is no first response"));
    }

    private void endAt(String conversationId, String time, ConversationStatus to) {
        at(time);
        conversations.transition(conversationId, EnumSet.of(ConversationStatus.WITH_AGENT), to, null);
    }

    private void rate(String conversationId, String time, int rating) {
        at(time);
        storage.feedback().saveFeedback(conversationId, new Feedback(rating, null, clock.instant()));
    }

    private void at(String time) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(time)));
    }

    private static MessageNlu nlu(String intent, SentimentLabel sentiment, double anger) {
        return new MessageNlu(intent, 0.9, false, sentiment, 0.8, anger);
    }

    /** The series with its average anger to nine places, as sums of doubles come out of a database. */
    private static List<SeriesPoint> rounded(List<SeriesPoint> series) {
        return series.stream().map(p -> new SeriesPoint(p.at(), p.conversations(), p.contained(), p.understood(),
                p.negative(), p.angry(), Math.round(p.averageAnger() * 1e9) / 1e9)).toList();
    }
}
