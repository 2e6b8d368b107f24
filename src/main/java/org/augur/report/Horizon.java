package org.augur.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forecast horizon that names a calendar year, and maybe a month: {@code 2018-07-16}, {@code 2019-05},
 * {@code 2019-W03} (the month of the week's Thursday), {@code 2020}, {@code 2019-10-21 INTERSECT P1W}, a
 * range {@code 2019/2021} (placed at its start).
 * Durations ({@code P1Y}), references ({@code FUTURE_REF}) and partial dates ({@code XXXX-12}, {@code 201X})
 * have no place on a timeline.
 *
 * @param month 1 to 12, or 0 when the horizon gives only the year (a quarter or season counts as the year)
 */
record Horizon(int year, int month) implements Comparable<Horizon> {
    private static final Pattern DATED = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?![\\d])|-W(\\d{2})(?![\\d])|-(?:Q[1-4]|SP|SU|FA|WI|H[12])(?![\\w]))?(?:$|[-T /])");

    static Optional<Horizon> of(String timex) {
        Matcher m = DATED.matcher(timex);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Optional.of(new Horizon(year, month)) : Optional.empty();
        }
        if (m.group(3) != null) {
            int week = Integer.parseInt(m.group(3));
            if (week < 1 || week > 53) {
                return Optional.empty();
            }
            LocalDate thursday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(DayOfWeek.THURSDAY);
            return Optional.of(new Horizon(thursday.getYear(), thursday.getMonthValue()));
        }
        return Optional.of(new Horizon(year, 0));
    }

    /** The filter key: {@code 2019} or {@code 2019-05}; a year key also selects the months of that year. */
    String key() {
        return month == 0 ? Integer.toString(year) : String.format(java.util.Locale.ROOT, "%d-%02d", year, month);
    }

    /** The same horizon at year precision. */
    Horizon yearOnly() {
        return new Horizon(year, 0);
    }

    /** Months since year 0, for spans and bins (a year-only horizon counts as its January). */
    int monthIndex() {
        return year * 12 + Math.max(month, 1) - 1;
    }

    @Override
    public int compareTo(Horizon o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }
}
