package jp.madoguchi.rules.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.rules.data.DataNode;

/** The kind of stay on the resident's residence card, as the situation JSON spells it. */
public enum Stay {
    /** A mid-to-long-term resident with a period of stay (most working, study and family visas). */
    PERIOD_OF_STAY("period_of_stay"),
    PERMANENT("permanent"),
    /** Highly Skilled Professional (ii): no period of stay, so the card follows the birthday rule. */
    HIGHLY_SKILLED_PROFESSIONAL_II("highly_skilled_professional_ii"),
    SPECIAL_PERMANENT("special_permanent"),
    /** A tourist or other short-term visitor: not on the resident register, cannot apply. */
    SHORT_TERM("short_term");

    private final String code;

    Stay(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Stay> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Reads a list of stay codes from rule data, failing on an unknown code. */
    public static List<Stay> readList(DataNode node, String field) {
        return node.texts(field).stream().map(code -> fromCode(code).orElseThrow(
            () -> node.fail(field, "unknown stay '" + code + "'"))).toList();
    }
}
