package jp.madoguchi.kiosk.speech;

import java.io.IOException;

/**
 * One speech engine's voice for one language. It is given screen text as the bundles write it
 * (easy Japanese with furigana in Aozora notation, {@code 申請書《しんせいしょ》}) and decides itself
 * what to read: the readings (espeak-ng knows no kanji) or the kanji (Open JTalk reads them, with
 * the accent of the word).
 */
public interface Voice {
    /** The engine and voice, as the CLI prints it and the README names it: {@code espeak-ng ja}. */
    String name();

    /** The words the engine is given for {@code text}: plain text, no furigana notation. */
    String words(String text);

    /** Says {@code text} into a WAV file's bytes (16-bit mono PCM). */
    byte[] wav(String text) throws IOException;
}
