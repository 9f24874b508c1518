package jp.madoguchi.rules.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One rule figure (a fee, an age, a number of months, a date) with where it comes from and when
 * that source was last checked, so the kiosk can say "information as of ...".
 */
public record Figure<T>(T value, String source, LocalDate asOf) {
    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }
}
