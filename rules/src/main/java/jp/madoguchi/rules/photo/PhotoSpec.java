package jp.madoguchi.rules.photo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Figure;
import jp.madoguchi.rules.data.RuleData;
import jp.madoguchi.rules.data.RuleSource;

/**
 * The photo specification as data: every threshold from {@code photo.json} with its source, the
 * published figures (J-LIS, passport, ISO, ICAO) and our calibrated ones marked as such there.
 * Overrides use the rule book's key scheme ({@code photo.max_roll_deg=8}).
 */
public final class PhotoSpec {
    static final String SECTION = "photo";
    private final Map<Threshold, Figure<Double>> figures;

    private PhotoSpec(Map<Threshold, Figure<Double>> figures) {
        this.figures = figures;
    }

    public static PhotoSpec load() {
        return load(Map.of());
    }

    public static PhotoSpec load(Map<String, String> overrides) {
        return read(RuleData.load(RuleSource.shipped(), List.of(SECTION), overrides).root(SECTION));
    }

    static PhotoSpec read(DataNode root) {
        root.allowOnly(Arrays.stream(Threshold.values()).map(Threshold::key).toArray(String[]::new));
        Map<Threshold, Figure<Double>> out = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            out.put(t, root.figure(t.key(), (n, f) -> n.decimal(f, 0, 1e9)));
        }
        PhotoSpec spec = new PhotoSpec(out);
        if (spec.get(Threshold.HEAD_LENGTH_MIN_MM) > spec.get(Threshold.HEAD_LENGTH_MAX_MM)
            || spec.get(Threshold.CROWN_MARGIN_MIN_MM) > spec.get(Threshold.CROWN_MARGIN_MAX_MM)) {
            throw root.failHere("a minimum exceeds its maximum");
        }
        return spec;
    }

    public double get(Threshold t) {
        return figures.get(t).value();
    }

    public Figure<Double> figure(Threshold t) {
        return figures.get(t);
    }

    /** Height over width of the frame (45/35). */
    public double aspect() {
        return get(Threshold.FRAME_HEIGHT_MM) / get(Threshold.FRAME_WIDTH_MM);
    }
}
