package jp.madoguchi.kiosk.flow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kiosk's languages in the priority order of kiosk-ux.md (largest resident groups first).
 * Each is listed by its own name so a resident finds it without reading another language.
 */
public enum Language {
    EASY_JAPANESE("ja", "やさしい にほんご", Locale.JAPANESE),
    ENGLISH("en", "English", Locale.ENGLISH),
    CHINESE_SIMPLIFIED("zh-Hans", "简体中文", Locale.SIMPLIFIED_CHINESE),
    VIETNAMESE("vi", "Tiếng Việt", new Locale("vi")),
    KOREAN("ko", "한국어", Locale.KOREAN),
    FILIPINO("fil", "Filipino", new Locale("fil")),
    NEPALI("ne", "नेपाली", new Locale("ne")),
    PORTUGUESE("pt", "Português", new Locale("pt", "BR")),
    INDONESIAN("id", "Bahasa Indonesia", new Locale("id")),
    BURMESE("my", "မြန်မာဘာသာ", new Locale("my")),
    CHINESE_TRADITIONAL("zh-Hant", "繁體中文", Locale.TRADITIONAL_CHINESE),
    SPANISH("es", "Español", new Locale("es")),
    THAI("th", "ภาษาไทย", new Locale("th"));

    private final String code;
    private final String ownName;
    private final Locale locale;

    Language(String code, String ownName, Locale locale) {
        this.code = code;
        this.ownName = ownName;
        this.locale = locale;
    }

    /** BCP 47 tag used on the command line and in file names (e.g. "ja", "zh-Hans"). */
    public String code() {
        return code;
    }

    /** The language's name in itself, as the picker shows it. */
    public String ownName() {
        return ownName;
    }

    /** The locale whose resource bundle holds this language's strings. */
    public Locale locale() {
        return locale;
    }

    public static Optional<Language> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }
}
