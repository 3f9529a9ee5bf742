package dev.chatdesk.core.bot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The confidence and anger levels the dialogue manager decides by.
 *
 * @param intentConfidence answer an intent at or above this confidence
 * @param clarifyConfidence between this and {@code intentConfidence}, ask which intent was meant
 * @param anger escalate when one message's anger reaches this
 * @param angerRising escalate when anger has risen over the last three messages and reached this
 */
public record Thresholds(double intentConfidence, double clarifyConfidence, double anger, double angerRising) {
    /** The levels used when a bot sets none. */
    public static final Thresholds DEFAULTS = new Thresholds(0.6, 0.3, 0.7, 0.45);

    /** Checks every level is a probability and clarification sits under answering. */
    public Thresholds {
        requireProbability("intentConfidence", intentConfidence);
        requireProbability("clarifyConfidence", clarifyConfidence);
        requireProbability("anger", anger);
        requireProbability("angerRising", angerRising);
        if (clarifyConfidence > intentConfidence) {
            throw new IllegalArgumentException("thresholds.clarifyConfidence (" + clarifyConfidence
                    + ") must not be above thresholds.intentConfidence (" + intentConfidence + ")");
        }
    }

    /** The levels a bot file sets, the defaults for those it leaves out. */
    @JsonCreator
    public static Thresholds of(
            @JsonProperty("intentConfidence") Double intentConfidence,
            @JsonProperty("clarifyConfidence") Double clarifyConfidence,
            @JsonProperty("anger") Double anger,
            @JsonProperty("angerRising") Double angerRising) {
        return new Thresholds(
                intentConfidence == null ? DEFAULTS.intentConfidence : intentConfidence,
                clarifyConfidence == null ? DEFAULTS.clarifyConfidence : clarifyConfidence,
                anger == null ? DEFAULTS.anger : anger,
                angerRising == null ? DEFAULTS.angerRising : angerRising);
    }

    private static void requireProbability(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("thresholds." + key + " must be between 0 and 1, was " + value);
        }
    }
}
