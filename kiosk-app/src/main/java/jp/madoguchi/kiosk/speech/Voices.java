package jp.madoguchi.kiosk.speech;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.Language;

/**
 * The espeak-ng voice (Debian package espeak-ng, 1.51) that reads each language, checked against
 * {@code espeak-ng --voices}. Filipino has none (espeak-ng has no Tagalog or Filipino voice): the
 * kiosk says so on screen rather than reading Filipino with another language's voice.
 *
 * <p>Chinese uses {@code cmn-latn-pinyin}: Debian's plain {@code cmn} voice reads each character's
 * tone number aloud in English ("ni three hao three", espeak-ng issues 1028, 1236); the pinyin
 * voice reads Simplified and Traditional characters as Mandarin. Japanese is read from the
 * furigana (espeak-ng's Japanese voice knows kana only; it calls a kanji "Chinese letter"). Open
 * JTalk, the better Japanese engine, needs an HTS voice, and Debian 12 packages none
 * (hts-voice-nitech-jp-atr503-m001 is in neither main nor non-free), so it is not used.
 */
public final class Voices {
    private static final Map<Language, String> ESPEAK = new EnumMap<>(Map.ofEntries(
        Map.entry(Language.EASY_JAPANESE, "ja"),
        Map.entry(Language.ENGLISH, "en-us"),
        Map.entry(Language.CHINESE_SIMPLIFIED, "cmn-latn-pinyin"),
        Map.entry(Language.CHINESE_TRADITIONAL, "cmn-latn-pinyin"),
        Map.entry(Language.KOREAN, "ko"),
        Map.entry(Language.VIETNAMESE, "vi"),
        Map.entry(Language.NEPALI, "ne"),
        Map.entry(Language.PORTUGUESE, "pt-br"),
        Map.entry(Language.INDONESIAN, "id"),
        Map.entry(Language.BURMESE, "my"),
        Map.entry(Language.SPANISH, "es-419"),
        Map.entry(Language.THAI, "th")));

    private Voices() {
    }

    /** The espeak-ng voice for {@code language}, or empty when there is none. */
    public static Optional<String> espeak(Language language) {
        return Optional.ofNullable(ESPEAK.get(language));
    }
}
