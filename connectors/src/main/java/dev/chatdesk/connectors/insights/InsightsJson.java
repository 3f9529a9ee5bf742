package dev.chatdesk.connectors.insights;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.insights.AgentMeasures;
import dev.chatdesk.core.insights.Alert;
import dev.chatdesk.core.insights.Csat;
import dev.chatdesk.core.insights.Headline;
import dev.chatdesk.core.insights.Insights;
import dev.chatdesk.core.insights.QuestionGroup;
import dev.chatdesk.core.insights.SeriesPoint;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;

/** The insights as the API writes them: rates as fractions from 0 to 1, durations in seconds (null when none). */
final class InsightsJson {
    private InsightsJson() {}

    /** Groups of unanswered questions, the most asked first. */
    static JsonArray groups(List<QuestionGroup> groups) {
        JsonArray json = new JsonArray();
        for (QuestionGroup group : groups) {
            json.add(new JsonObject()
                    .put("example", group.example())
                    .put("count", group.count())
                    .put("lastAt", group.lastAt().toString())
                    .put("conversationIds", new JsonArray(group.conversationIds()))
                    .put("language", group.language().code())
                    .put("questions", new JsonArray(group.questions())));
        }
        return json;
    }

    /** A range's measures, the headline of the range before it as {@code previous}, and the alerts. */
    static JsonObject insights(Insights insights, Headline previous, List<Alert> alerts) {
        JsonObject json = headline(insights.headline())
                .put("from", insights.range().from().toString())
                .put("to", insights.range().to().toString())
                .put("bucket", insights.range().bucket().wireName());
        JsonArray sentiment = new JsonArray();
        JsonArray volume = new JsonArray();
        for (SeriesPoint point : insights.series()) {
            sentiment.add(new JsonObject()
                    .put("at", point.at().toString())
                    .put("messages", point.understood())
                    .put("negativeShare", point.negativeShare())
                    .put("angryShare", point.angryShare())
                    .put("averageAnger", point.averageAnger()));
            volume.add(new JsonObject()
                    .put("at", point.at().toString())
                    .put("conversations", point.conversations())
                    .put("contained", point.contained())
                    .put("escalated", point.conversations() - point.contained()));
        }
        JsonObject turns = new JsonObject().put("total", insights.turns().total());
        for (BotAction action : BotAction.values()) {
            turns.put(action.wireName(), insights.turns().byAction().getOrDefault(action, 0L));
        }
        JsonArray intents = new JsonArray();
        insights.topIntents().forEach(intent -> intents.add(new JsonObject().put("name", intent.name()).put("count", intent.count())));
        JsonArray agents = new JsonArray();
        for (AgentMeasures agent : insights.agents()) {
            agents.add(new JsonObject()
                    .put("agent", agent.agent())
                    .put("handled", agent.handled())
                    .put("resolved", agent.resolved())
                    .put("firstResponseSecondsP50", seconds(agent.firstResponse().p50()))
                    .put("csat", csat(agent.csat())));
        }
        return json
                .put("sentiment", sentiment)
                .put("volume", volume)
                .put("topIntents", intents)
                .put("botTurns", turns)
                .put("fallbackRate", insights.turns().rate(BotAction.FALLBACK))
                .put("clarificationRate", insights.turns().rate(BotAction.CLARIFIED))
                .put("articleRate", insights.turns().rate(BotAction.ARTICLE))
                .put("agents", agents)
                .put("previous", headline(previous))
                .put("alerts", alerts(alerts));
    }

    /** Alerts, newest first: {@code at} is when each was raised. */
    static JsonArray alerts(List<Alert> alerts) {
        JsonArray list = new JsonArray();
        alerts.forEach(alert -> list.add(new JsonObject()
                .put("id", alert.id())
                .put("at", alert.raisedAt().toString())
                .put("kind", alert.kind())
                .put("message", alert.message())
                .put("open", alert.open())
                .put("clearedAt", alert.clearedAt() == null ? null : alert.clearedAt().toString())));
        return list;
    }

    private static JsonObject headline(Headline headline) {
        JsonObject reasons = new JsonObject();
        for (EscalationReason reason : EscalationReason.values()) {
            reasons.put(reason.wireName(), headline.escalations().getOrDefault(reason, 0L));
        }
        return new JsonObject()
                .put("conversations", headline.conversations())
                .put("contained", headline.contained())
                .put("escalated", headline.escalated())
                .put("containmentRate", headline.containmentRate())
                .put("escalationRate", headline.escalationRate())
                .put("escalationsByReason", reasons)
                .put("csat", csat(headline.csat()))
                .put("firstResponseSecondsP50", seconds(headline.firstResponse().p50()))
                .put("firstResponseSecondsP90", seconds(headline.firstResponse().p90()))
                .put("resolutionSecondsP50", seconds(headline.resolution().p50()))
                .put("resolutionSecondsP90", seconds(headline.resolution().p90()));
    }

    private static JsonObject csat(Csat csat) {
        return new JsonObject()
                .put("average", csat.average())
                .put("responses", csat.responses())
                .put("byRating", new JsonArray(csat.byRating()));
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toMillis() / 1000.0;
    }
}
