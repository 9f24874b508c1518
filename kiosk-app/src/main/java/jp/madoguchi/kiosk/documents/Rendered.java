package jp.madoguchi.kiosk.documents;

import java.util.Set;

/**
 * A laid-out document.
 *
 * @param missingGlyphs code points no installed font could draw (left out); empty when the fonts are installed
 */
public record Rendered(DocumentKind kind, byte[] pdf, int pages, Set<Integer> missingGlyphs) {
    public Rendered {
        missingGlyphs = Set.copyOf(missingGlyphs);
    }
}
