package jp.madoguchi.kiosk.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.i18n.Messages;
import jp.madoguchi.kiosk.staff.FormSheets;
import jp.madoguchi.rules.local.MunicipalityProfile;

/** The pages staff print from staff mode: a reissued application form, and the printer test page. */
public final class StaffSheets implements FormSheets {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private final MunicipalityProfile municipality;

    public StaffSheets(MunicipalityProfile municipality) {
        this.municipality = municipality;
    }

    @Override
    public PrintJob reissueForm(ReissueSheet sheet) {
        Language language = Language.byCode(sheet.languageCode()).orElse(Language.EASY_JAPANESE);
        Rendered form = Documents.reissueForm(new SheetData.ReissueForm(language, sheet.formIdDigits(), sheet.name(),
            sheet.address(), sheet.dateOfBirth(), municipality, sheet.issuedOn()));
        return new PrintJob(form.kind().id(), form.pdf());
    }

    @Override
    public PrintJob testPage(Instant at, List<DeviceStatus> devices) {
        Messages m = Messages.of(Language.ENGLISH);
        List<String> lines = devices.stream().map(d -> m.text("device." + d.kind()) + ": " + m.text("condition." + d.condition())
            + " (" + SINCE.format(d.since().atZone(ZoneId.systemDefault())) + ")").toList();
        Rendered page = Documents.testPage(new SheetData.TestPage(Language.ENGLISH, at, lines));
        return new PrintJob(page.kind().id(), page.pdf());
    }
}
