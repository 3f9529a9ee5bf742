package dev.chatdesk.core.bot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * When and how a bot hands customers to people.
 *
 * @param maxFailures escalate after this many failed turns in a row
 * @param minutesPerWaitingCustomer the expected wait added by each customer ahead in the queue
 * @param rules intents that always go to a human
 * @param message what the customer is told on escalation; {@code {wait}} is the expected wait in
 *     minutes and {@code {position}} the place in the queue
 * @param overdueAfterMinutes an escalation nobody has taken after this long is flagged to agents as
 *     overdue, and the customer is told
 * @param overdueMessage what the customer is told then ({@code {position}} as above)
 * @param hours when the team works (null: always); outside them the customer hears {@code closedMessage}
 *     instead of a place in a queue nobody is serving
 * @param closedMessage what the customer is told outside the team's hours; {@code {opens}} is when
 *     the team is back ("on Monday at 8:00 CET")
 * @param emailQuestion asked outside the hours when the customer's e-mail address is not known
 * @param emailThanks said when the customer gives it ({@code {email}} is the address)
 * @param angryApology said first when the customer is handed over because they are angry
 */
public record EscalationSettings(int maxFailures, int minutesPerWaitingCustomer, List<EscalationRule> rules, String message,
        int overdueAfterMinutes, String overdueMessage, TeamHours hours, String closedMessage, String emailQuestion,
        String emailThanks, String angryApology) {
    /** The settings used when a bot sets none. */
    public static final EscalationSettings DEFAULTS = new EscalationSettings(2, 3, List.of(),
            "I'm passing you to a person from our team. You're number {position} in the queue; the wait is about {wait} minutes. They will see this whole conversation, so you won't need to repeat yourself.",
            5, "Sorry, this is taking longer than it should: everyone on our team is still busy. You're number {position} in the queue and we haven't forgotten you.",
            null,
            "Our team isn't online right now; they're back {opens}. I've passed them this whole conversation, and they'll answer you here.",
            "What e-mail address can they reply to, in case you're not here then?",
            "Thanks! They'll reply to {email}.",
            "I'm sorry this has been so frustrating.");

    /** Checks the numbers and normalises a missing list. */
    public EscalationSettings {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("escalation.maxFailures must be at least 1, was " + maxFailures);
        }
        if (minutesPerWaitingCustomer < 0) {
            throw new IllegalArgumentException(
                    "escalation.minutesPerWaitingCustomer must not be negative, was " + minutesPerWaitingCustomer);
        }
        if (overdueAfterMinutes < 1) {
            throw new IllegalArgumentException("escalation.overdueAfterMinutes must be at least 1, was " + overdueAfterMinutes);
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        message = message == null || message.isBlank() ? DEFAULTS.message() : message;
        overdueMessage = overdueMessage == null || overdueMessage.isBlank() ? DEFAULTS.overdueMessage() : overdueMessage;
        closedMessage = closedMessage == null || closedMessage.isBlank() ? DEFAULTS.closedMessage() : closedMessage;
        emailQuestion = emailQuestion == null || emailQuestion.isBlank() ? DEFAULTS.emailQuestion() : emailQuestion;
        emailThanks = emailThanks == null || emailThanks.isBlank() ? DEFAULTS.emailThanks() : emailThanks;
        // An empty apology is a bot's choice to say none.
        angryApology = angryApology == null ? DEFAULTS.angryApology() : angryApology;
    }

    /** The settings a bot file gives, the defaults for those it leaves out. */
    @JsonCreator
    public static EscalationSettings of(
            @JsonProperty("maxFailures") Integer maxFailures,
            @JsonProperty("minutesPerWaitingCustomer") Integer minutesPerWaitingCustomer,
            @JsonProperty("rules") List<EscalationRule> rules,
            @JsonProperty("message") String message,
            @JsonProperty("overdueAfterMinutes") Integer overdueAfterMinutes,
            @JsonProperty("overdueMessage") String overdueMessage,
            @JsonProperty("hours") TeamHours hours,
            @JsonProperty("closedMessage") String closedMessage,
            @JsonProperty("emailQuestion") String emailQuestion,
            @JsonProperty("emailThanks") String emailThanks,
            @JsonProperty("angryApology") String angryApology) {
        return new EscalationSettings(
                maxFailures == null ? DEFAULTS.maxFailures : maxFailures,
                minutesPerWaitingCustomer == null ? DEFAULTS.minutesPerWaitingCustomer : minutesPerWaitingCustomer,
                rules,
                message,
                overdueAfterMinutes == null ? DEFAULTS.overdueAfterMinutes : overdueAfterMinutes,
                overdueMessage,
                hours,
                closedMessage,
                emailQuestion,
                emailThanks,
                angryApology);
    }
}
