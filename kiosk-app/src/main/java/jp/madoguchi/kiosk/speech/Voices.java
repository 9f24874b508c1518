package jp.madoguchi.kiosk.speech;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.Language;

/**
 * The voice that reads each language. Easy Japanese is read by Open JTalk with the Mei voice when
 * it is installed (open-jtalk, its dictionary, and the voice {@code models/fetch} takes from npm),
 * else by espeak-ng's {@code ja} from the furigana. Every other language is read by espeak-ng
 * (Debian package espeak-ng, 1.51), with the voice checked against {@code espeak-ng --voices}.
 * Filipino has none (espeak-ng has no Tagalog or Filipino voice): the kiosk says so on screen
 * rather than reading Filipino with another language's voice.
 *
 * <p>Chinese uses {@code cmn-latn-pinyin}: Debian's plain {@code cmn} voice reads each character's
 * tone number aloud in English ("ni three hao three", espeak-ng issues 1028, 1236); the pinyin
 * voice reads Simplified and Traditional characters as Mandarin.
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

    /** Whether {@code language} has a voice at all (its speaker button is enabled). */
    public static boolean has(Language language) {
        return ESPEAK.containsKey(language);
    }

    /** The voice that reads {@code language} on this machine, or empty when the language has none. */
    public static Optional<Voice> of(Language language) {
        Optional<Voice> openJTalk = language == Language.EASY_JAPANESE ? OpenJTalk.installed().map(Voice.class::cast) : Optional.empty();
        return openJTalk.or(() -> espeak(language));
    }

    /** The espeak-ng voice for {@code language}, or empty when there is none. */
    public static Optional<Voice> espeak(Language language) {
        return Optional.ofNullable(ESPEAK.get(language)).map(EspeakNg::new);
    }
}
