package jp.madoguchi.rules.local;

import java.util.List;

/**
 * A phone line residents can call.
 *
 * @param languages BCP 47 tags the line lists (may be empty when the source does not list them)
 * @param note      null when there is nothing to add
 */
public record SupportLine(LocalText name, String phone, List<String> languages, LocalText hours, String note) {
    public SupportLine {
        languages = List.copyOf(languages);
    }
}
