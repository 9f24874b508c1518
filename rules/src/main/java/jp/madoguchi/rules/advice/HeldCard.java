package jp.madoguchi.rules.advice;

import java.time.LocalDate;

/** The My Number Card the resident holds now; either date may be unknown (null). */
public record HeldCard(LocalDate expires, LocalDate certificatesExpire) {
    public static final HeldCard DATES_UNKNOWN = new HeldCard(null, null);
}
