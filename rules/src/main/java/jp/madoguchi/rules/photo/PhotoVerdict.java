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

    /**
     * Whether staff may accept this photo's head covering (a religious or medical one, J-LIS allows
     * it when the face outline is visible): the covering is a reason, and nothing covers the face.
     */
    public boolean headCoveringMayBeAccepted() {
        return reasons.contains(PhotoReason.HEAD_COVERING) && !reasons.contains(PhotoReason.FACE_COVERED);
    }

    /**
     * The verdict once staff have accepted the head covering: every other reason stays.
     *
     * @throws IllegalStateException when {@link #headCoveringMayBeAccepted()} is false
     */
    public PhotoVerdict withHeadCoveringAccepted() {
        if (!headCoveringMayBeAccepted()) {
            throw new IllegalStateException("staff can accept a head covering only when the face outline is visible");
        }
        return of(reasons.stream().filter(r -> r != PhotoReason.HEAD_COVERING).toList());
    }

    /** The one thing to tell the resident first. */
    public PhotoReason first() {
        return reasons.isEmpty() ? null : reasons.get(0);
    }
}
