package jp.madoguchi.kiosk.documents;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.rules.local.MunicipalityProfile;
import jp.madoguchi.rules.pin.PinRules;
import jp.madoguchi.rules.routes.AfterApplying;
import jp.madoguchi.rules.routes.ChecklistItem;
import jp.madoguchi.rules.routes.Route;

/**
 * What each printed document shows, as plain data: the documents are laid out from these alone,
 * so a test or {@code ./kiosk print --sample} can build any of them without a session or a printer.
 */
public final class SheetData {
    private SheetData() {
    }

    /**
     * The resident's copy of a kiosk application.
     *
     * @param confirmation what became of it: sent with the receiver's receipt, or saved in the kiosk
     *                     to be sent automatically, or refused on the spot
     */
    public record Summary(Language language, String formId, jp.madoguchi.kiosk.flow.Confirmation confirmation,
                          LocalDate dateOfBirth, boolean brailleName, BufferedImage photo,
                          boolean signature, boolean userIdentification, Route route, AfterApplying after,
                          MunicipalityProfile municipality, LocalDate asOf, LocalDate printedOn) {
        public Summary {
            requireFormId(formId);
            Objects.requireNonNull(photo, "photo");
            Objects.requireNonNull(confirmation, "confirmation");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        }
    }

    /** Two prints of the application photo for the mail route. */
    public record PhotoSheet(Language language, BufferedImage photo, LocalDate printedOn) {
        public PhotoSheet {
            Objects.requireNonNull(photo, "photo");
        }
    }

    /** One card: the polite Japanese for the clerk, romaji so the resident can say it, and its meaning. */
    public record Card(String japanese, String romaji, Optional<String> meaning) {
    }

    public record PhraseCards(Language language, List<Card> cards, LocalDate asOf, LocalDate printedOn) {
        public PhraseCards {
            cards = List.copyOf(cards);
        }
    }

    /** What to bring and decide before pickup; the PIN rules, never PINs. */
    public record Checklist(Language language, Need need, List<ChecklistItem> items, PinRules pins,
                            MunicipalityProfile municipality, LocalDate asOf, LocalDate printedOn) {
        public Checklist {
            items = List.copyOf(items);
        }
    }

    /**
     * A new application form staff issue to a resident who lost theirs: the new ID from the
     * form-issuing service, and the name, address and date of birth as the resident register has them.
     */
    public record ReissueForm(Language language, String formId, String name, String address, LocalDate dateOfBirth,
                              MunicipalityProfile municipality, LocalDate issuedOn) {
        public ReissueForm {
            requireFormId(formId);
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        }

        @Override
        public String toString() {
            return "ReissueForm[personal data not shown]";
        }
    }

    /** The page staff print to check the printer: alignment, a 35 x 45 mm frame, the devices' conditions. */
    public record TestPage(Language language, java.time.Instant printedAt, List<String> deviceLines) {
        public TestPage {
            deviceLines = List.copyOf(deviceLines);
        }
    }

    static void requireFormId(String digits) {
        if (digits == null || !digits.matches("[0-9]{23}")) {
            throw new IllegalArgumentException("an Application Form ID is exactly 23 digits");
        }
    }

    /** Groups of four, as residents read the ID aloud. */
    static String grouped(String digits) {
        return digits.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
