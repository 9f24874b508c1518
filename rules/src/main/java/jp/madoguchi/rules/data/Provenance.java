package jp.madoguchi.rules.data;

import java.time.LocalDate;

/** Where a group of data (a municipality profile, a phrase card) comes from, and when it was checked. */
public record Provenance(String source, LocalDate asOf) {
}
