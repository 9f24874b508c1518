package jp.madoguchi.kiosk.staff;

import java.util.Optional;

/**
 * A staff badge's QR code: {@code MADOGUCHI-STAFF:<staff ID>}. It only names who is signing in; the
 * PIN is still asked, so a copied badge alone opens nothing.
 */
public final class StaffBadge {
    public static final String PREFIX = "MADOGUCHI-STAFF:";

    private StaffBadge() {
    }

    /** The staff ID a scanned code carries, if it is a staff badge at all. */
    public static Optional<String> staffId(String payload) {
        if (payload == null || !payload.strip().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = payload.strip().substring(PREFIX.length());
        return StaffAccounts.idProblem(id).isEmpty() ? Optional.of(id) : Optional.empty();
    }

    public static String payload(String staffId) {
        return PREFIX + staffId;
    }
}
