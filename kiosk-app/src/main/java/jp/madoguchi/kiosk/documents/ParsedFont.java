package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A TrueType font file parsed once for the whole process: parsing IPAex Gothic alone takes
 * longer than laying out a sheet. FontBox fonts are not thread-safe, so sheets are built one at a
 * time ({@link SheetWriter} holds {@link #LOCK} while it works).
 */
final class ParsedFont {
    static final Object LOCK = new Object();
    private static final Map<Path, ParsedFont> CACHE = new HashMap<>();
    private static final ParsedFont ABSENT = new ParsedFont(null, null, null);

    private final Path file;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private Shaper shaper;

    private ParsedFont(Path file, TrueTypeFont ttf, CmapLookup cmap) {
        this.file = file;
        this.ttf = ttf;
        this.cmap = cmap;
    }

    /** The installed, readable fonts among {@code files}, in order; unreadable files are skipped. */
    static List<ParsedFont> of(List<Path> files) throws IOException {
        List<ParsedFont> fonts = new ArrayList<>();
        synchronized (LOCK) {
            for (Path file : files) {
                ParsedFont font = CACHE.get(file);
                if (font == null) {
                    font = Files.isReadable(file) ? parse(file) : ABSENT;
                    CACHE.put(file, font);
                }
                if (font != ABSENT) {
                    fonts.add(font);
                }
            }
        }
        return fonts;
    }

    private static ParsedFont parse(Path file) throws IOException {
        TrueTypeFont ttf;
        if (file.toString().endsWith(".ttc")) {
            // The collection stays open for the process, like the fonts parsed from it.
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            List<TrueTypeFont> members = new ArrayList<>();
            collection.processAllFonts(members::add);
            ttf = members.get(0);
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return ABSENT;
        }
        return new ParsedFont(file, ttf, cmap);
    }

    Path file() {
        return file;
    }

    /** The JDK's shaper over the same file, made on first use (callers hold {@link #LOCK}). */
    Shaper shaper() throws IOException {
        if (shaper == null) {
            shaper = Shaper.of(file);
        }
        return shaper;
    }

    int glyph(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    int glyphCount() {
        try {
            return ttf.getNumberOfGlyphs();
        } catch (IOException e) {
            return 0x10000;
        }
    }

    TrueTypeFont ttf() {
        return ttf;
    }
}
