package jp.madoguchi.sim.register;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The simulated world's record of application forms: every Application Form ID ever issued, which
 * one is each resident's current form, and which were made void by a reissue. The simulated
 * form-issuing service writes it; the simulated gateway reads it to refuse a voided form, as J-LIS
 * would. IDs never repeat: a new one is drawn until it was never issued before.
 */
public final class FormLedger {
    /** What the ledger knows of a form ID. */
    public enum Status {
        /** The resident's current form. */
        ISSUED,
        /** Replaced by a newer form: an application with it is refused. */
        VOIDED,
        /** Not issued by this register (e.g. a form from before the simulator, or a typo). */
        UNKNOWN
    }

    private static final FormLedger SHARED = new FormLedger(new SecureRandom());

    private final Random random;
    private final Map<String, Status> forms = new HashMap<>();
    private final Map<String, String> currentByResident = new HashMap<>();
    private final Map<String, String> previousByResident = new HashMap<>();

    public FormLedger(Random random) {
        this.random = random;
    }

    /**
     * The one ledger of a running simulated kiosk, shared by the simulated register and gateway,
     * which are opened separately by the composition root (as the real ones are separate services).
     */
    public static FormLedger shared() {
        return SHARED;
    }

    /** Gives the resident a form if they have none yet (the fictitious residents start with one). */
    public synchronized String seed(String residentCode) {
        return currentByResident.computeIfAbsent(residentCode, code -> fresh());
    }

    /** A new form for the resident; their previous form becomes void. */
    public synchronized Issued issue(String residentCode) {
        String old = currentByResident.get(residentCode);
        if (old != null) {
            forms.put(old, Status.VOIDED);
            previousByResident.put(residentCode, old);
        }
        String id = fresh();
        currentByResident.put(residentCode, id);
        return new Issued(id, Optional.ofNullable(old));
    }

    /**
     * Why a receiver refuses an application with this form ID: {@code form_id_voided} for a form a
     * reissue replaced; empty otherwise (an unknown form may be from before the simulator).
     */
    public Optional<String> refusalFor(String formIdDigits) {
        return status(formIdDigits) == Status.VOIDED ? Optional.of("form_id_voided") : Optional.empty();
    }

    public synchronized Status status(String formIdDigits) {
        return forms.getOrDefault(formIdDigits, Status.UNKNOWN);
    }

    public synchronized Optional<String> current(String residentCode) {
        return Optional.ofNullable(currentByResident.get(residentCode));
    }

    /** The form the resident's latest reissue made void (a scenario shows the old form after a reissue). */
    public synchronized Optional<String> previous(String residentCode) {
        return Optional.ofNullable(previousByResident.get(residentCode));
    }

    private String fresh() {
        String id;
        do {
            StringBuilder digits = new StringBuilder(23);
            for (int i = 0; i < 23; i++) {
                digits.append(random.nextInt(10));
            }
            id = digits.toString();
        } while (forms.containsKey(id));
        forms.put(id, Status.ISSUED);
        return id;
    }

    /** A form just issued, and the one it made void. */
    public record Issued(String formId, Optional<String> voided) {
        @Override
        public String toString() {
            return "Issued[***" + formId.substring(19) + "]";
        }
    }
}
