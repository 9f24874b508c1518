package jp.madoguchi.kiosk.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;

/** Every text a screen's view model carries (what a resident can read), and whether a message is among them. */
final class ScreenTexts {
    private static final String SLOT = "\u0001";

    private ScreenTexts() {
    }

    static List<String> of(Object model) {
        List<String> out = new ArrayList<>();
        collect(model, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * Whether the message {@code key} in {@code language} is shown: every fixed part of its text
     * appears in one of the screen's texts (the parts filled in, such as a receipt number, may be anything).
     */
    static boolean shows(List<String> texts, String key, Language language) {
        Messages m = Messages.of(language);
        if (!m.keys().contains(key)) {
            m = Messages.staff(language);
        }
        String pattern;
        try {
            pattern = m.text(key, SLOT, SLOT, SLOT, SLOT);
        } catch (IllegalArgumentException numberSlot) {
            pattern = m.text(key);
        }
        String[] parts = pattern.split(SLOT);
        for (String text : texts) {
            int from = 0;
            boolean all = true;
            for (String part : parts) {
                int at = text.indexOf(part, from);
                if (at < 0) {
                    all = false;
                    break;
                }
                from = at + part.length();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
