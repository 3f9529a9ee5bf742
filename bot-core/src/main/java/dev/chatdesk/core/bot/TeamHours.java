package dev.chatdesk.core.bot;

import dev.chatdesk.core.nlu.Language;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When the support team is there to take escalated conversations, from {@code escalation.hours}
 * in {@code bot.yml}: the same opening and closing time on the listed days, in one time zone.
 *
 * @param timezone the zone the times are in
 * @param days the days the team works
 * @param opens when the team starts
 * @param closes when the team stops (after {@code opens})
 */
public record TeamHours(ZoneId timezone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ENGLISH);

    /** Checks the hours make a working day. */
    public TeamHours {
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("escalation.hours.days must name at least one day");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("escalation.hours: 'opens' (" + opens + ") must be before 'closes' (" + closes + ")");
        }
    }

    /** The hours as {@code bot.yml} writes them: {@code {timezone: Europe/Berlin, days: [mon, fri], opens: "08:00", closes: "20:00"}}. */
    @JsonCreator
    public static TeamHours of(
            @JsonProperty("timezone") String timezone,
            @JsonProperty("days") List<String> days,
            @JsonProperty("opens") String opens,
            @JsonProperty("closes") String closes) {
        try {
            Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
            for (String day : days == null ? List.<String>of() : days) {
                working.add(day(day));
            }
            return new TeamHours(ZoneId.of(timezone == null ? "UTC" : timezone), working,
                    LocalTime.parse(opens == null ? "00:00" : opens), LocalTime.parse(closes == null ? "23:59" : closes));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("escalation.hours: times are written like \"08:00\", was '" + e.getParsedString() + "'");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("escalation.hours.timezone is not a time zone: " + timezone);
        }
    }

    private static DayOfWeek day(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (wanted.length() >= 3 && full.startsWith(wanted)) {
                return day;
            }
        }
        throw new IllegalArgumentException("escalation.hours.days: '" + name + "' is not a day (mon, tue, ... sun)");
    }

    /** Whether the team is at work at this instant. */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(timezone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** When the team is next at work after this instant (the instant itself when it is open). */
    public ZonedDateTime nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(timezone);
        for (int day = 0; day <= 7; day++) {
            ZonedDateTime opening = local.toLocalDate().plusDays(day).atTime(opens).atZone(timezone);
            ZonedDateTime closing = local.toLocalDate().plusDays(day).atTime(closes).atZone(timezone);
            if (days.contains(opening.getDayOfWeek()) && local.isBefore(closing)) {
                return local.isAfter(opening) ? local : opening;
            }
        }
        throw new IllegalStateException("a week always has a working day");
    }

    /**
     * When the team is next at work, as the customer reads it in a language: "today at 8:00", "on
     * Monday at 8:00", "周一 08:00" (with the zone).
     */
    public String describeNextOpening(Instant at, Language language) {
        ZonedDateTime opening = nextOpening(at);
        ZonedDateTime now = at.atZone(timezone);
        boolean today = opening.toLocalDate().equals(now.toLocalDate());
        boolean tomorrow = opening.toLocalDate().equals(now.toLocalDate().plusDays(1));
        if (language == Language.ZH) {
            String day = today ? "今天" : tomorrow ? "明天" : opening.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA);
            return day + " " + TIME.format(opening) + "（" + timezone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "）";
        }
        String day = today ? "today" : tomorrow ? "tomorrow"
                : "on " + opening.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String zone = timezone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return day + " at " + TIME.format(opening) + " " + zone;
    }
}
