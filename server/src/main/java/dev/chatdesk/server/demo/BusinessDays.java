package dev.chatdesk.server.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts Monday to Friday, the days carriers deliver and the warehouse works (public holidays aside). */
final class BusinessDays {
    private BusinessDays() {}

    /** The business day the given number of business days after a day. */
    static LocalDate after(LocalDate day, int businessDays) {
        LocalDate result = day;
        for (int i = 0; i < businessDays; i++) {
            result = onOrAfter(result.plusDays(1));
        }
        return result;
    }

    /** The day itself on a weekday, else the Friday before. */
    static LocalDate onOrBefore(LocalDate day) {
        LocalDate result = day;
        while (isWeekend(result)) {
            result = result.minusDays(1);
        }
        return result;
    }

    /** The day itself on a weekday, else the Monday after. */
    static LocalDate onOrAfter(LocalDate day) {
        LocalDate result = day;
        while (isWeekend(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
