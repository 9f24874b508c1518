package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.kiosk.flow.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fonts for printed sheets, one TrueType face per script with fallbacks, embedded as subsets.
 * Only TrueType (glyf) fonts: PDFBox cannot subset Debian's CFF-based Noto CJK collection.
 * Han characters take the Chinese face in Chinese text and the Japanese face elsewhere, so a
 * clerk reads Japanese glyph shapes and a Chinese reader reads simplified ones.
 * Devanagari, Thai and Myanmar runs are shaped by the JDK's HarfBuzz ({@link Shaper}): PDFBox's
 * own GSUB support handles Devanagari conjuncts but draws a final virama as a half form, and it
 * has nothing for Myanmar's reordering or for mark positioning.
 */
final class SheetFonts {
    /** A family of glyphs for one script, by preference. */
    enum Face { LATIN, JAPANESE, CHINESE, KOREAN, DEVANAGARI, THAI, MYANMAR }

    private static final Path TT = Path.of("/usr/share/fonts/truetype");
    static final List<Path> JAPANESE = List.of(
        Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
        TT.resolve("ipaexfont-gothic/ipaexg.ttf"));
    private static final Path DROID = TT.resolve("droid/DroidSansFallbackFull.ttf");
    private static final Map<Face, List<Path>> FILES = new EnumMap<>(Map.of(
        Face.LATIN, List.of(TT.resolve("noto/NotoSans-Regular.ttf"), TT.resolve("dejavu/DejaVuSans.ttf")),
        Face.JAPANESE, JAPANESE,
        Face.CHINESE, List.of(TT.resolve("wqy/wqy-microhei.ttc"), DROID),
        Face.KOREAN, List.of(TT.resolve("nanum/NanumGothic.ttf"), DROID),
        Face.DEVANAGARI, List.of(TT.resolve("noto/NotoSansDevanagari-Regular.ttf"),
            TT.resolve("lohit-devanagari/Lohit-Devanagari.ttf")),
        Face.THAI, List.of(TT.resolve("noto/NotoSansThai-Regular.ttf")),
        Face.MYANMAR, List.of(TT.resolve("noto/NotoSansMyanmar-Regular.ttf"))));

    /** The Debian packages that hold the faces above, for set-up scripts and skip messages. */
    static final String PACKAGES = "fonts-ipaexfont-gothic fonts-noto-core fonts-wqy-microhei fonts-nanum "
        + "fonts-lohit-deva fonts-droid-fallback fonts-dejavu-core";

    private final PDDocument document;
    private final Map<ParsedFont, PDType0Font> embedded = new IdentityHashMap<>();
    private final Set<Integer> missing = new LinkedHashSet<>();
    /** Per font, which character each glyph was drawn for, to set the text maps right. */
    private final Map<ParsedFont, Map<Integer, Integer>> drawn = new IdentityHashMap<>();

    /** Faces whose scripts need shaping (reordering, conjuncts, mark positions): see {@link Shaper}. */
    private static final Set<Face> SHAPED = Set.of(Face.DEVANAGARI, Face.THAI, Face.MYANMAR);

    /** A run of text drawn with one font; {@code shaper} is null for scripts PDFBox draws as they are. */
    record Run(String text, PDType0Font font, Shaper shaper) {
    }

    SheetFonts(PDDocument document) {
        this.document = document;
    }

    /** Whether every face has at least one installed file (sheets then draw every shipped language). */
    static boolean allInstalled() {
        return FILES.values().stream().allMatch(files -> files.stream().anyMatch(Files::isReadable));
    }

    static boolean japaneseInstalled() {
        return JAPANESE.stream().anyMatch(Files::isReadable);
    }

    /** Splits {@code text} into runs per font; characters no installed font has are left out and noted. */
    List<Run> runs(String text, Language language) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        ParsedFont font = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            ParsedFont chosen = choose(cp, language, font);
            if (chosen == null) {
                if (Character.getType(cp) != Character.FORMAT) {
                    missing.add(cp);
                }
                continue;
            }
            if (chosen != font && current.length() > 0) {
                runs.add(run(current.toString(), font));
                current.setLength(0);
            }
            font = chosen;
            current.appendCodePoint(cp);
            drawn.computeIfAbsent(chosen, f -> new HashMap<>()).putIfAbsent(chosen.glyph(cp), cp);
        }
        if (current.length() > 0) {
            runs.add(run(current.toString(), font));
        }
        return runs;
    }

    private Run run(String text, ParsedFont font) throws IOException {
        boolean shaped = SHAPED.stream().anyMatch(face -> FILES.get(face).contains(font.file()));
        return new Run(text, embed(font), shaped ? font.shaper() : null);
    }

    /** Code points no installed font could draw, for tests and the missing-glyph check. */
    Set<Integer> missingGlyphs() {
        return Set.copyOf(missing);
    }

    private ParsedFont choose(int cp, Language language, ParsedFont current) throws IOException {
        UnicodeScript script = UnicodeScript.of(cp);
        if ((script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) && current != null && current.has(cp)) {
            return current;
        }
        for (Face face : preference(script, language)) {
            for (ParsedFont candidate : ParsedFont.of(FILES.get(face))) {
                if (candidate.has(cp)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static List<Face> preference(UnicodeScript script, Language language) {
        boolean chinese = language == Language.CHINESE_SIMPLIFIED || language == Language.CHINESE_TRADITIONAL;
        Face first = switch (script) {
            case HAN -> chinese ? Face.CHINESE : Face.JAPANESE;
            case HIRAGANA, KATAKANA -> Face.JAPANESE;
            case HANGUL -> Face.KOREAN;
            case DEVANAGARI -> Face.DEVANAGARI;
            case THAI -> Face.THAI;
            case MYANMAR -> Face.MYANMAR;
            default -> Face.LATIN;
        };
        List<Face> order = new ArrayList<>(List.of(first));
        for (Face face : Face.values()) {
            if (face != first) {
                order.add(face);
            }
        }
        return order;
    }

    private PDType0Font embed(ParsedFont font) throws IOException {
        PDType0Font pd = embedded.get(font);
        if (pd == null) {
            pd = PDType0Font.load(document, font.ttf(), true);
            embedded.put(font, pd);
        }
        return pd;
    }

    /** Runs after subsetting (the first save): fixes the text the subsets' ToUnicode maps give back. */
    void repairTextMaps() throws IOException {
        for (var font : embedded.entrySet()) {
            ToUnicodeRepair.repair(font.getValue(), font.getKey().glyphCount(), drawn.getOrDefault(font.getKey(), Map.of()));
        }
    }

    static void warmUp() {
        try {
            for (List<Path> files : FILES.values()) {
                ParsedFont.of(files);
            }
        } catch (IOException e) {
            // A broken font file shows again, with its name, when a sheet needs it.
        }
    }

    static Optional<Path> firstInstalled(Face face) {
        return FILES.get(face).stream().filter(Files::isReadable).findFirst();
    }
}
