package jp.madoguchi.rules.photo;

import java.util.List;

/** The judgement of one photo: the outcome and every reason, in the order the resident should fix them. */
public record PhotoVerdict(Outcome outcome, List<PhotoReason> reasons) {

    public enum Outcome {
        COMPLIANT, NONCOMPLIANT, NOFACE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PhotoVerdict {
        reasons = List.copyOf(reasons);
        if ((outcome == Outcome.COMPLIANT) != reasons.isEmpty()) {
            throw new IllegalArgumentException("a compliant verdict has no reasons, any other has some");
        }
    }

    public static PhotoVerdict of(List<PhotoReason> reasons) {
        if (reasons.contains(PhotoReason.NO_FACE)) {
            return new PhotoVerdict(Outcome.NOFACE, reasons);
        }
        return new PhotoVerdict(reasons.isEmpty() ? Outcome.COMPLIANT : Outcome.NONCOMPLIANT, reasons);
    }

    public boolean compliant() {
        return outcome == Outcome.COMPLIANT;
    }

    /** The one thing to tell the resident first. */
    public PhotoReason first() {
        return reasons.isEmpty() ? null : reasons.get(0);
    }
}
