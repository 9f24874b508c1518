package jp.madoguchi.kiosk.flow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kiosk's languages in the priority order of kiosk-ux.md (largest resident groups first).
 * Each is listed by its own name so a resident finds it without reading another language.
 */
public enum Language {
    EASY_JAPANESE("ja", "やさしい にほんご", Locale.forLanguageTag("ja")),
    ENGLISH("en", "English", Locale.forLanguageTag("en")),
    CHINESE_SIMPLIFIED("zh-Hans", "简体中文", Locale.forLanguageTag("zh-Hans")),
    VIETNAMESE("vi", "Tiếng Việt", Locale.forLanguageTag("vi")),
    KOREAN("ko", "한국어", Locale.forLanguageTag("ko")),
    FILIPINO("fil", "Filipino", Locale.forLanguageTag("fil")),
    NEPALI("ne", "नेपाली", Locale.forLanguageTag("ne")),
    PORTUGUESE("pt", "Português", Locale.forLanguageTag("pt-BR")),
    INDONESIAN("id", "Bahasa Indonesia", Locale.forLanguageTag("id")),
    BURMESE("my", "မြန်မာဘာသာ", Locale.forLanguageTag("my")),
    CHINESE_TRADITIONAL("zh-Hant", "繁體中文", Locale.forLanguageTag("zh-Hant")),
    SPANISH("es", "Español", Locale.forLanguageTag("es")),
    THAI("th", "ภาษาไทย", Locale.forLanguageTag("th"));

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

    /**
     * The locale whose resource bundle holds this language's strings. Chinese is named by script
     * ({@code zh-Hans}, {@code zh-Hant}: bundles {@code messages_zh_Hans}, {@code messages_zh_Hant}),
     * because the script, not the country, decides what a reader can read.
     */
    public Locale locale() {
        return locale;
    }

    public static Optional<Language> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }
}
