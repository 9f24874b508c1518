package jp.madoguchi.kiosk.ui.model;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.kiosk.text.Ruby;

/**
 * What reading a screen aloud says: its title and the instruction that tells the resident what
 * to do now (a refusal first, where there is one), one part a line. Easy Japanese keeps its furigana
 * notation ({@code 申請書《しんせいしょ》}): the voice decides whether to read the kanji or the readings
 * ({@code speech.Voice#words}), and either way says what the resident sees.
 */
public final class ScreenWords {
    private ScreenWords() {
    }

    public static String of(ScreenModel screen) {
        List<String> parts = new ArrayList<>();
        if (screen instanceof ScreenModel.Attract m) {
            parts.addAll(List.of(m.title(), m.subtitle()));
        } else if (screen instanceof ScreenModel.Languages m) {
            parts.addAll(List.of(m.title(), m.hint()));
        } else if (screen instanceof ScreenModel.Needs m) {
            parts.add(m.title());
            m.choices().forEach(c -> parts.add(c.label()));
        } else if (screen instanceof ScreenModel.Guidance m) {
            parts.addAll(List.of(m.title(), m.body()));
        } else if (screen instanceof ScreenModel.Scan m) {
            m.refusal().ifPresent(parts::add);
            m.keypad().ifPresentOrElse(k -> parts.addAll(List.of(k.title(), k.hint())),
                () -> parts.addAll(List.of(m.title(), m.hint())));
        } else if (screen instanceof ScreenModel.Photo m) {
            parts.add(m.title());
            parts.add(m.instruction().orElse(m.hint()));
        } else if (screen instanceof ScreenModel.Review m) {
            m.refusal().ifPresentOrElse(r -> parts.addAll(List.of(m.title(), r.problem(), r.advice())),
                () -> parts.addAll(List.of(m.title(), m.hint())));
        } else if (screen instanceof ScreenModel.Certificates m) {
            parts.addAll(List.of(m.title(), m.hint()));
        } else if (screen instanceof ScreenModel.Submit m) {
            parts.add(m.title());
        } else if (screen instanceof ScreenModel.Printing m) {
            parts.addAll(List.of(m.title(), m.hint()));
        } else if (screen instanceof ScreenModel.Done m) {
            parts.add(m.title());
            m.printProblem().ifPresent(parts::add);
        } else if (screen instanceof ScreenModel.Fault m) {
            parts.addAll(List.of(m.title(), m.problem(), m.whatNext()));
        } else if (screen instanceof ScreenModel.CallWaiting m) {
            parts.addAll(List.of(m.title(), m.body()));
        } else if (screen instanceof ScreenModel.BirthDate m) {
            m.refusal().ifPresent(parts::add);
            parts.addAll(List.of(m.title(), m.hint()));
        } else if (screen instanceof ScreenModel.Braille m) {
            parts.addAll(List.of(m.title(), m.hint()));
        } else if (screen instanceof ScreenModel.Sending m) {
            parts.addAll(List.of(m.title(), m.hint()));
        } else if (screen instanceof ScreenModel.NotSaved m) {
            parts.addAll(List.of(m.title(), m.problem(), m.whatNext()));
        }
        return spoken(parts);
    }

    /** The idle warning, read as it appears: a warning must be audible as well as visible. */
    public static String of(ScreenModel.IdleWarning warning) {
        return spoken(List.of(warning.title(), warning.body()));
    }

    private static String spoken(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String said = part.strip();
            String plain = Ruby.plain(said);
            if (!plain.isBlank()) {
                // a pause between title and instruction, in the language's own punctuation
                boolean ends = plain.matches("(?s).*[.。!?！？]$");
                // (judged on the readings: a title of kanji alone, 生年月日, is Japanese by its furigana)
                boolean japanese = jp.madoguchi.kiosk.text.LineBreaks.isJapanese(Ruby.spoken(said));
                out.append(said).append(ends ? "" : japanese ? "。" : ".").append('\n');
            }
        }
        return out.toString().strip();
    }
}
