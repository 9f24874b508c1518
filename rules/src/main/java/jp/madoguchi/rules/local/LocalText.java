package jp.madoguchi.rules.local;

import java.util.Map;
import java.util.Optional;

/**
 * A municipality's own words (a counter's name, a reservation note) in the languages the
 * municipality wrote them in, keyed by BCP 47 tag; English is always there. A municipality adds a
 * language by adding a key to its data, no code change.
 */
public record LocalText(Map<String, String> byLanguage) {
    public LocalText {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey("en")) {
            throw new IllegalArgumentException("local text needs English");
        }
    }

    public Optional<String> in(String languageTag) {
        return Optional.ofNullable(byLanguage.get(languageTag));
    }

    public String english() {
        return byLanguage.get("en");
    }
}
