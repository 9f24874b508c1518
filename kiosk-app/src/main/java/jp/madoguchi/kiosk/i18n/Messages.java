package jp.madoguchi.kiosk.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import jp.madoguchi.kiosk.flow.Language;

/**
 * Every resident-facing string, per language, from {@code i18n/messages*.properties}. The base
 * bundle is English; a language whose bundle lacks a key falls back to English, never to the
 * machine's default locale (that is why the no-fallback control is used).
 *
 * <p>Patterns are ICU MessageFormat (plural and number arguments, {@code ''} for an apostrophe
 * before a brace), formatted for the language with Latin digits ({@code numbers=latn}): residents
 * compare IDs, counts and dates with paper, so "Step 1 of 5" never becomes "Step ၁ of ၅".
 * Every pattern goes through the formatter, with or without arguments, so quoting means the
 * same in every string.
 */
public final class Messages {
    static final String BUNDLE = "jp.madoguchi.kiosk.i18n.messages";
    /** Staff screens' strings (issue 12): English and Japanese only, kept apart from the residents' 13 languages. */
    static final String STAFF_BUNDLE = "jp.madoguchi.kiosk.i18n.staff";
    private static final Map<Language, Messages> CACHE = Collections.synchronizedMap(new EnumMap<>(Language.class));
    private static final Map<Language, Messages> STAFF = Collections.synchronizedMap(new EnumMap<>(Language.class));

    private final Language language;
    private final ResourceBundle bundle;
    private final ULocale formatting;

    private Messages(Language language, String bundleName) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(bundleName, language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.formatting = latinDigits(language);
    }

    public static Messages of(Language language) {
        return CACHE.computeIfAbsent(language, l -> new Messages(l, BUNDLE));
    }

    /** The staff screens' strings in {@code language} (English for any but Japanese). */
    public static Messages staff(Language language) {
        return STAFF.computeIfAbsent(language, l -> new Messages(l, STAFF_BUNDLE));
    }

    /** The language's locale for formatting numbers, with Latin digits whatever its native digits. */
    public static ULocale latinDigits(Language language) {
        return ULocale.forLocale(language.locale()).setKeywordValue("numbers", "latn");
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key} with {@code args} filled in (ICU {@link MessageFormat} rules). */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing string is a bug the bundle check test catches; on screen, show the key
            // rather than crash in front of a resident.
            return key;
        }
        return new MessageFormat(pattern, formatting).format(args);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
