package org.augur.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX values as the horizon column gives them: a duration resolved from the article's date, SUTime's
 * compound values cut to the date they hold, a date SUTime put in the past moved ahead, and the first and
 * last day of the period a value names.
 */
final class TimexValues {
    private TimexValues() {
    }

    private static final Pattern PERIOD = Pattern.compile("PT?(\\d+)([YMWDH])");

    /** A day with a time or a part of the day: "2019-09-18TMO", "2019-09-18T14:00". */
    private static final Pattern TIMED_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.+)");

    static final Pattern PAST_WORDS = Pattern.compile("(?i).*\\b(last|past|ago|earlier|previous|previously|yesterday|recent|recently)\\b.*");

    /**
     * A date SUTime put in the past that the forecast means ahead: a weekday resolved into the week before
     * the article (the next one), or a day or month without a year put in the year before the article's
     * when the same day in the article's year is still to come. SUTime reads the tense around a date and
     * resolves "June 15" to last year's in a sentence that says "announced that from June 15 … would", in
     * a June 5 article; a date on a verb in the past tense itself ("read out on November 22") stays past.
     */
    static String forward(String value, String text, Optional<LocalDate> today, boolean pastVerb) {
        // "on Wednesday morning" (2019-09-18TMO): the day moves, the part of the day stays.
        Matcher timed = TIMED_DAY.matcher(value);
        if (timed.matches()) {
            return forward(timed.group(1), text, today, pastVerb) + timed.group(2);
        }
        if (today.isEmpty() || !value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            return value;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int year = Integer.parseInt(value.substring(0, 4));
        if (year == today.get().getYear() - 1 && !pastVerb && !lower.matches(".*\\d{4}.*") && !PAST_WORDS.matcher(lower).matches()) {
            String ahead = today.get().getYear() + value.substring(4);
            Optional<LocalDate> end = end(ahead);
            if (end.isPresent() && !end.get().isBefore(today.get())) {
                return ahead;
            }
        }
        if (value.length() < 10) {
            return value;
        }
        LocalDate d = LocalDate.parse(value);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (lower.contains(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    && d.isBefore(today.get()) && !d.isBefore(today.get().minusDays(7)) && !lower.matches(".*\\d.*")
                    && !lower.contains("last") && !lower.contains("past")) {
                return today.get().with(TemporalAdjusters.nextOrSame(day)).toString();
            }
        }
        return value;
    }

    /** A duration from the article date: P2W → the date two weeks on, P5Y → the year; unchanged without a date. */
    static String resolve(String duration, Optional<LocalDate> today) {
        Matcher m = PERIOD.matcher(duration);
        if (today.isEmpty() || !m.matches()) {
            return duration;
        }
        int n = Integer.parseInt(m.group(1));
        LocalDate d = today.get();
        boolean time = duration.startsWith("PT");
        return switch (m.group(2)) {
            case "Y" -> String.valueOf(d.plusYears(n).getYear());
            case "M" -> time ? d.toString() : YearMonth.from(d.plusMonths(n)).toString();
            case "W" -> d.plusWeeks(n).toString();
            case "D" -> d.plusDays(n).toString();
            default -> d.plusDays(n / 24).toString();
        };
    }

    /**
     * A TIMEX value as a spreadsheet cell: SUTime's compound values are cut to the date they hold
     * ("2019-10-21 INTERSECT P1W", the week of October 21, → 2019-10-21) or left empty when they hold
     * none ("THIS P1W OFFSET P1W", "next week" in an article without a date; "PTXH", "the next few
     * hours"): the words stay in horizon_text.
     */
    static String tidy(String value) {
        int intersect = value.indexOf(" INTERSECT ");
        if (intersect > 0) {
            return tidy(value.substring(0, intersect));
        }
        if (value.contains(" ") || value.startsWith("P") && value.contains("X")) {
            return "";
        }
        return value;
    }

    /** The first day of the period a TIMEX value names, when it names a year, month, week or day. */
    static Optional<LocalDate> begin(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.matches("\\d{4}-W\\d{2}.*")) {
                return end(value).map(sunday -> sunday.minusDays(6));
            }
            if (value.matches("\\d{4}-\\d{2}(\\D.*)?")) {
                return Optional.of(YearMonth.parse(value.substring(0, 7)).atDay(1));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The last day of the period a TIMEX value names, when it names one: 2019 → 2019-12-31, 2019-W05 → its Sunday. */
    static Optional<LocalDate> end(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.matches("\\d{4}-W\\d{2}.*")) {
                LocalDate monday = LocalDate.parse(value.substring(0, 4) + "-01-04")
                        .with(DayOfWeek.MONDAY).plusWeeks(Integer.parseInt(value.substring(6, 8)) - 1);
                return Optional.of(monday.plusDays(6));
            }
            if (value.matches("\\d{4}-\\d{2}.*")) {
                return Optional.of(YearMonth.parse(value.substring(0, 7)).atEndOfMonth());
            }
            if (value.matches("\\d{4}-Q[1-4].*")) {
                return Optional.of(YearMonth.of(Integer.parseInt(value.substring(0, 4)),
                        3 * (value.charAt(6) - '0')).atEndOfMonth());
            }
            if (value.matches("\\d{4}-(SP|SU|FA|WI).*")) {
                int year = Integer.parseInt(value.substring(0, 4));
                return Optional.of(switch (value.substring(5, 7)) {
                    case "SP" -> LocalDate.of(year, 6, 20);
                    case "SU" -> LocalDate.of(year, 9, 22);
                    case "FA" -> LocalDate.of(year, 12, 21);
                    default -> LocalDate.of(year + 1, 3, 20);
                });
            }
            if (value.matches("\\d{4}.*")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 12, 31));
            }
            if (value.matches("\\d{3}X.*")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value.substring(0, 3)) * 10 + 9, 12, 31));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
