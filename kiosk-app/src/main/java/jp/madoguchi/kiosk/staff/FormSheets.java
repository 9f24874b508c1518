package jp.madoguchi.kiosk.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.PrintJob;

/** The pages staff print, laid out by the documents room (PDFBox stays there). */
public interface FormSheets {
    /**
     * A reissued application form: personal data, printed once and forgotten.
     *
     * @param languageCode the resident's language for the headings (the Japanese is printed too)
     */
    record ReissueSheet(String languageCode, String formIdDigits, String name, String address, LocalDate dateOfBirth,
                        LocalDate issuedOn) {
        @Override
        public String toString() {
            return "ReissueSheet[personal data not shown]";
        }
    }

    PrintJob reissueForm(ReissueSheet sheet);

    /** A page that shows the printer works: alignment, a 35 x 45 mm frame, the devices' conditions. */
    PrintJob testPage(Instant at, List<DeviceStatus> devices);
}
