package jp.madoguchi.devices.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A new application form the service issued: its 23-digit ID, and the last four digits of the
 * form it made void, if there was one.
 */
public record ReissuedForm(String formIdDigits, Optional<String> voidedLastFour, Instant issuedAt) {
    public ReissuedForm {
        Objects.requireNonNull(formIdDigits, "formIdDigits");
        if (!formIdDigits.matches("[0-9]{23}")) {
            throw new IllegalArgumentException("an Application Form ID is exactly 23 digits");
        }
        Objects.requireNonNull(voidedLastFour, "voidedLastFour");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public String lastFour() {
        return formIdDigits.substring(formIdDigits.length() - 4);
    }

    @Override
    public String toString() {
        return "ReissuedForm[form ***" + lastFour() + "]";
    }
}
