package org.augur.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.augur.nlp.TimeExpression;
import org.junit.jupiter.api.Test;

class HorizonsTest {
    private static TimeExpression t(String text, String type, String value) {
        return new TimeExpression(0, text.length(), text, type, value);
    }

    private static String first(Optional<LocalDate> today, TimeExpression... times) {
        return Horizons.first(List.of(times), today).map(x -> x.value() + " " + x.text()).orElse("");
    }

    @Test
    void skipsVaguePastPresentAndRecurrences() {
        assertEquals("FUTURE_REF the future", first(Optional.empty(), t("now", "DATE", "PRESENT_REF"),
                t("recently", "DATE", "PAST_REF"), t("every year", "SET", "P1Y"), t("the future", "DATE", "FUTURE_REF")));
    }

    @Test
    void skipsDatesBeforeTheArticle() {
        Optional<LocalDate> today = Optional.of(LocalDate.of(2018, 9, 25));
        assertEquals("2019 next year", first(today, t("2015", "DATE", "2015"), t("next year", "DATE", "2019")));
        assertEquals("2018-09 this month", first(today, t("this month", "DATE", "2018-09")));
        assertEquals("", first(today, t("last year", "DATE", "2017")));
    }
}
