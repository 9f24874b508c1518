package jp.madoguchi.kiosk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes copied and extracted text read as the characters that were drawn. IPAex Gothic maps a
 * kanji such as 行 and its Kangxi radical (U+2F8F) to the same glyph (西 and U+2EC4 likewise), and
 * PDFBox's subsetter writes the lowest code point into the ToUnicode map, so "行" would extract
 * as "⾏". After subsetting, this rewrites each drawn glyph's entry to the character the sheet
 * actually drew there (PDFBox's Type 0 TrueType fonts use the font's glyph ID as the CID).
 * Glyphs the sheet did not draw from a character (Devanagari conjuncts from GSUB) keep theirs.
 */
final class ToUnicodeRepair {
    private ToUnicodeRepair() {
    }

    static void repair(PDType0Font font, int glyphs, Map<Integer, Integer> drawnByGlyph) throws IOException {
        COSStream stream = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        if (stream == null) {
            return;
        }
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mappings = new TreeMap<>();
        boolean changed = false;
        // Codes are the font's glyph IDs, so none is at or above its glyph count.
        for (int code = 0; code < glyphs; code++) {
            String unicode = cmap.toUnicode(code, 2);
            if (unicode == null) {
                continue;
            }
            Integer drawn = drawnByGlyph.get(code);
            String fixed = drawn == null ? unicode : Character.toString(drawn);
            changed |= !fixed.equals(unicode);
            mappings.put(code, fixed);
        }
        if (changed) {
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(write(mappings));
            }
        }
    }
    /** Four upper-case hex digits (String.format costs more than the rest of the repair). */
    private static StringBuilder hex(StringBuilder out, int value) {
        String digits = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return out.append("0000", digits.length(), 4).append(digits);
    }

    private static byte[] write(Map<Integer, String> mappings) {
        StringBuilder out = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            """);
        var entries = mappings.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            var block = entries.subList(start, Math.min(entries.size(), start + 100));
            out.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                hex(out.append('<'), entry.getKey()).append("> <");
                for (char c : entry.getValue().toCharArray()) {
                    hex(out, c);
                }
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
