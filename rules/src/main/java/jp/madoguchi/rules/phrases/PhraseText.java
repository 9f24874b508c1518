package jp.madoguchi.rules.phrases;

import java.util.Map;
import java.util.Optional;
import jp.madoguchi.rules.data.Provenance;

/**
 * One phrase card's sentence in each language, keyed by BCP 47 tag: {@code ja} (what staff
 * read), {@code ja-Latn} (romaji, so the resident can say it) and {@code en}; further languages
 * are added as further keys in the data, no code change.
 */
public record PhraseText(Map<String, String> byLanguage, Provenance provenance) {
    public static final String JAPANESE = "ja";
    public static final String ROMAJI = "ja-Latn";
    public static final String ENGLISH = "en";

    public PhraseText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public Optional<String> in(String languageTag) {
        return Optional.ofNullable(byLanguage.get(languageTag));
    }

    public String japanese() {
        return byLanguage.get(JAPANESE);
    }

    public String romaji() {
        return byLanguage.get(ROMAJI);
    }
}
