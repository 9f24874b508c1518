package jp.madoguchi.rules.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sources a piece of advice rests on. Rules read figures through {@link #use(Figure)} so the
 * verdict can list exactly the sources it used, and date itself by the oldest of them: advice is
 * only as fresh as its least recently checked figure.
 */
public final class Evidence {
    private final Set<String> sources = new TreeSet<>();
    private LocalDate oldest;

    public <T> T use(Figure<T> figure) {
        cite(figure.source(), figure.asOf());
        return figure.value();
    }

    public void cite(String source, LocalDate asOf) {
        sources.add(source);
        if (oldest == null || asOf.isBefore(oldest)) {
            oldest = asOf;
        }
    }

    /** Distinct sources, sorted so that the same advice always prints the same list. */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /** The oldest "as of" date among the figures used, or null when none was used. */
    public LocalDate asOf() {
        return oldest;
    }
}
