package jp.madoguchi.kiosk.ui;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import jp.madoguchi.kiosk.flow.Language;

/**
 * Pseudo-localisation of the screen models: every resident-facing sentence rewritten in another
 * script and made longer, to prove layouts hold for translations nobody has written yet. Letters
 * become sample words of the script (40% more characters for alphabetic scripts; for Han and
 * Hangul, whose characters are twice as wide, 80% as many); digits, punctuation and spaces stay,
 * since IDs, dates and counts keep Latin digits in every language.
 */
public record PseudoWording(Language language, List<String> words, double factor) implements UnaryOperator<Record> {
    /** Components that are not wording: the clerk's Japanese and its romaji, names of languages, digits. */
    private static final Set<String> KEEP = Set.of("japanese", "romaji", "ownName", "groups", "formId", "touchInEveryLanguage");

    public static List<PseudoWording> tallAndLong() {
        return List.of(
            new PseudoWording(Language.BURMESE, List.of("လျှောက်", "ထား", "မြန်", "မာ", "ကို", "သည်", "များ", "ပြည့်"), 1.4),
            new PseudoWording(Language.THAI, List.of("สมัคร", "บัตร", "ภาษา", "ไทย", "กรุณา", "ที่นี่", "ผู้"), 1.4),
            new PseudoWording(Language.NEPALI, List.of("कृपया", "आवेदन", "पत्र", "नेपाली", "गर्नुहोस्", "भाषा"), 1.4),
            new PseudoWording(Language.KOREAN, List.of("신청", "서를", "주세요", "카드", "한국어", "확인"), 0.8),
            new PseudoWording(Language.CHINESE_SIMPLIFIED, List.of("申请", "表格", "请", "在留", "卡片", "确认"), 0.8));
    }

    @Override
    public Record apply(Record model) {
        return (Record) rewrite(model, "");
    }

    private Object rewrite(Object value, String name) {
        if (KEEP.contains(name)) {
            return value;
        } else if (value instanceof String s) {
            return pseudo(s);
        } else if (value instanceof Optional<?> o) {
            return o.map(v -> rewrite(v, name));
        } else if (value instanceof List<?> l) {
            return l.stream().map(v -> rewrite(v, name)).toList();
        } else if (value instanceof Record r) {
            return rebuild(r);
        }
        return value;
    }

    private Object rebuild(Record r) {
        try {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                parts[i].getAccessor().setAccessible(true);
                values[i] = rewrite(parts[i].getAccessor().invoke(r), parts[i].getName());
                types[i] = parts[i].getType();
            }
            var constructor = r.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rewrite " + r.getClass().getSimpleName(), e);
        }
    }

    /** Each run of letters becomes sample words at least {@code factor} times as many characters long. */
    public String pseudo(String text) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int target = (int) Math.ceil((i - start) * factor);
            int written = 0;
            while (written < target) {
                String word = words.get(next++ % words.size());
                out.append(word);
                written += word.codePointCount(0, word.length());
            }
        }
        return out.toString();
    }
}
