package jp.madoguchi.rules.fees;

import java.util.Set;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.data.Figure;

/** What the resident pays, in yen, for each fee case. */
public record FeeSchedule(
    Figure<Integer> firstIssuanceYen,
    Figure<Integer> renewalOnExpiryYen,
    Figure<Integer> cardReissueYen,
    Figure<Integer> certificatesReissueYen,
    Figure<Integer> validityExtensionYen,
    Figure<Integer> certificateReissueAfterChangeYen) {

    private static final int MAX_YEN = 100_000;

    public static FeeSchedule read(DataNode root) {
        root.allowOnly("first_issuance_yen", "renewal_on_expiry_yen", "card_reissue_yen", "certificates_reissue_yen",
            "validity_extension_yen", "certificate_reissue_after_change_yen");
        return new FeeSchedule(
            yen(root, "first_issuance_yen"),
            yen(root, "renewal_on_expiry_yen"),
            yen(root, "card_reissue_yen"),
            yen(root, "certificates_reissue_yen"),
            yen(root, "validity_extension_yen"),
            yen(root, "certificate_reissue_after_change_yen"));
    }

    /**
     * The fee for a new card of this kind, or for the counter procedures on a card the resident
     * keeps. A reissued card carries the certificate fee unless the resident declines certificates.
     */
    public int feeFor(ApplicationKind kind, boolean withCertificates, Set<CounterProcedure> procedures, Evidence evidence) {
        return switch (kind) {
            case FIRST_ISSUANCE -> evidence.use(firstIssuanceYen);
            case RENEWAL_ON_EXPIRY -> evidence.use(renewalOnExpiryYen);
            case REISSUE_AFTER_LOSS_OR_DAMAGE, REISSUE_AFTER_LAPSE ->
                evidence.use(cardReissueYen) + (withCertificates ? evidence.use(certificatesReissueYen) : 0);
            case NONE -> procedures.stream().mapToInt(p -> procedureFee(p, evidence)).sum();
        };
    }

    private int procedureFee(CounterProcedure procedure, Evidence evidence) {
        return switch (procedure) {
            case VALIDITY_EXTENSION, SPECIAL_EXTENSION -> evidence.use(validityExtensionYen);
            case CERTIFICATE_RENEWAL -> evidence.use(renewalOnExpiryYen);
            case SIGNATURE_CERTIFICATE_REISSUE -> evidence.use(certificateReissueAfterChangeYen);
        };
    }

    private static Figure<Integer> yen(DataNode root, String field) {
        return root.figure(field, (n, f) -> n.wholeNumber(f, 0, MAX_YEN));
    }
}
