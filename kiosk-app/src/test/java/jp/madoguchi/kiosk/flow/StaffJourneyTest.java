package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.kiosk.documents.PdfProbe;
import jp.madoguchi.kiosk.documents.PdfSessionSheets;
import jp.madoguchi.kiosk.staff.AuditLog;
import jp.madoguchi.kiosk.staff.ReissueField;
import jp.madoguchi.kiosk.staff.StaffBadge;
import jp.madoguchi.kiosk.staff.StaffInput;
import jp.madoguchi.kiosk.staff.StaffPage;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.sim.device.SimPrinter;
import jp.madoguchi.sim.register.FormLedger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of issue 12: a resident who lost the form calls staff, staff sign in with their badge,
 * reissue the form, and the resident applies with the new form in the same visit; the old form is
 * refused at the gateway with a clear message. Once with a serial scanner, once with the camera
 * reading the printed form.
 */
class StaffJourneyTest {
    private static final String RESIDENT = "20260001"; // NGUYEN VAN AN, born 1995-04-02, in the simulated register

    @TempDir
    Path folder;

    @Test
    void aResidentWhoLostTheFormAppliesTheSameVisitWithTheFormStaffReissued() throws Exception {
        try (StaffBench kiosk = new StaffBench(folder, false)) {
            SimBench.requireStudio(kiosk.camera);
            String oldForm = kiosk.ledger.current(RESIDENT).orElseThrow();

            String newForm = lostFormCallStaffAndReissue(kiosk);
            assertThat(newForm).isNotEqualTo(oldForm);
            assertThat(kiosk.ledger.status(oldForm)).isEqualTo(FormLedger.Status.VOIDED);

            kiosk.staff(new StaffInput.ApplyNow());
            assertThat(kiosk.flow.state()).as("handed to the resident at the scan step").isEqualTo(KioskState.SCAN_FORM);
            assertThat(kiosk.now().language()).isEqualTo(Language.ENGLISH);
            assertThat(kiosk.serialScanner.present(newForm)).as("the printed QR's payload, from the serial scanner").isTrue();
            applyFromThePhotoStep(kiosk);
            assertThat(kiosk.arrived).singleElement().satisfies(p -> assertThat(p.formIdDigits()).isEqualTo(newForm));

            // later, the old form turns up: the receiver refuses it while the resident waits, and they are told why
            kiosk.flow.handle(new FlowEvent.Begin());
            kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
            kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
            kiosk.serialScanner.present(oldForm);
            kiosk.flow.handle(new FlowEvent.TakePhoto());
            SimBench.walkToSubmit(kiosk.flow);
            kiosk.flow.handle(new FlowEvent.Submit());
            assertThat(kiosk.flow.state()).as("stored, waiting for the receipt").isEqualTo(KioskState.SENDING);
            kiosk.deliver();
            assertThat(kiosk.flow.state()).isEqualTo(KioskState.SCAN_FORM);
            assertThat(kiosk.now().formId()).as("the void form is forgotten").isEmpty();
            ScreenModel.Scan scan = (ScreenModel.Scan) ScreenModels.of(kiosk.now());
            assertThat(scan.refusal()).hasValueSatisfying(text -> assertThat(text)
                .contains("can no longer be used", "newer form replaced it", "newest form"));
            assertThat(kiosk.arrived).as("nothing stored with the void form").hasSize(1);

            assertThat(kiosk.audit.verify().intact()).isTrue();
            assertThat(auditText(kiosk)).contains("CALL_ANSWERED", "REISSUE", "HAND_OVER", "***" + newForm.substring(19))
                .doesNotContain(newForm.substring(0, 8), "NGUYEN", "1995", RESIDENT);
        }
    }

    @Test
    void theCameraReadsTheReissuedFormAsPrinted() throws Exception {
        SystemPart.require(PdfSessionSheets.japaneseFontInstalled(), "the Japanese print font IPAex Gothic", "fonts-ipaexfont-gothic");
        try (StaffBench kiosk = new StaffBench(folder, true)) {
            SimBench.requireStudio(kiosk.camera);
            String face = kiosk.camera.sceneName();
            String newForm = lostFormCallStaffAndReissue(kiosk);
            SimPrinter.PrintedJob form = kiosk.printer.jobs().get(kiosk.printer.jobs().size() - 1);
            kiosk.camera.show("the printed reissue form", heldToTheCamera(Files.readAllBytes(form.pdf())));

            java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
            kiosk.flow.addListener(snapshot -> {
                if (snapshot.state() == KioskState.PHOTO) {
                    read.countDown();
                }
            });
            kiosk.staff(new StaffInput.ApplyNow());
            assertThat(kiosk.now().scanByCamera()).isTrue();
            // the camera scanner's own thread decodes the live frames and sends the code to the flow
            assertThat(read.await(10, TimeUnit.SECONDS)).as("the camera read the printed QR").isTrue();
            assertThat(kiosk.now().formId()).map(id -> id.digits()).contains(newForm);
            kiosk.camera.show(face);
            applyFromThePhotoStep(kiosk);
            assertThat(kiosk.arrived).singleElement().satisfies(p -> assertThat(p.formIdDigits()).isEqualTo(newForm));
        }
    }

    /** Lost form -> call staff -> badge and PIN -> find the resident -> card checked -> issue and print. */
    private static String lostFormCallStaffAndReissue(StaffBench kiosk) throws Exception {
        kiosk.flow.handle(new FlowEvent.Begin());
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        kiosk.flow.handle(new FlowEvent.NoForm());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.GUIDANCE);

        kiosk.flow.handle(new FlowEvent.CallStaff());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.STAFF_CALLED);
        assertThat(kiosk.lights.scene()).as("the lights call staff").isEqualTo(LightScene.CALL);
        assertThat(ScreenModels.of(kiosk.now())).isInstanceOf(ScreenModel.CallWaiting.class);
        assertThat(kiosk.facts).contains(new FlowFact.StaffCalled());

        kiosk.clock.advance(java.time.Duration.ofSeconds(95));
        kiosk.flow.handle(new FlowEvent.Tick());
        assertThat(kiosk.flow.state()).as("a waiting resident is not idle").isEqualTo(KioskState.STAFF_CALLED);
        if (kiosk.serialScanner != null) {
            assertThat(kiosk.serialScanner.present(StaffBadge.payload(StaffBench.STAFF_ID))).isTrue();
        } else {
            kiosk.flow.handle(new FlowEvent.CodeRead(StaffBadge.payload(StaffBench.STAFF_ID))); // as the camera would
        }
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.STAFF);
        assertThat(kiosk.now().staff().orElseThrow().page()).as("the badge names staff: the PIN is asked").isEqualTo(StaffPage.SIGN_IN_PIN);
        kiosk.keypad(StaffBench.PIN);
        assertThat(kiosk.now().staff().orElseThrow().page()).isEqualTo(StaffPage.MENU);
        assertThat(kiosk.facts).anyMatch(f -> f instanceof FlowFact.CallAnswered a && a.waited().getSeconds() == 95);

        kiosk.staff(new StaffInput.Open(StaffPage.REISSUE_FIND));
        kiosk.letters("Nguyen Van An");
        kiosk.staff(new StaffInput.Focus(ReissueField.BIRTH));
        kiosk.digits("19950402");
        kiosk.staff(new StaffInput.Find());
        var view = kiosk.now().staff().orElseThrow();
        assertThat(view.page()).as("one resident with that name and birthday").isEqualTo(StaffPage.REISSUE_CONFIRM);
        assertThat(view.reissue().chosen().orElseThrow().code()).isEqualTo(RESIDENT);
        assertThat(view.reissue().formLanguage()).as("the resident's language by default").isEqualTo("en");

        kiosk.staff(new StaffInput.IssueAndPrint());
        assertThat(kiosk.now().staff().orElseThrow().notice()).as("not before the residence card was checked")
            .hasValueSatisfying(n -> assertThat(n.key()).isEqualTo("reissue.checkCardFirst"));
        assertThat(kiosk.printer.jobs()).isEmpty();
        kiosk.staff(new StaffInput.CardChecked(true));
        kiosk.staff(new StaffInput.IssueAndPrint());
        assertThat(kiosk.now().staff().orElseThrow().page()).isEqualTo(StaffPage.REISSUE_DONE);

        SimPrinter.PrintedJob form = kiosk.printer.jobs().get(kiosk.printer.jobs().size() - 1);
        assertThat(form.title()).isEqualTo("reissue-form");
        byte[] pdf = Files.readAllBytes(form.pdf());
        List<String> qr = PdfProbe.qrCodes(pdf);
        assertThat(qr).singleElement().satisfies(id -> assertThat(id).matches("[0-9]{23}"));
        String newForm = qr.get(0);
        assertThat(kiosk.ledger.status(newForm)).isEqualTo(FormLedger.Status.ISSUED);
        String text = PdfProbe.squash(PdfProbe.text(pdf));
        assertThat(text).as("ID in its printed groups, name, birthday, address, English headings with the Japanese")
            .contains(PdfProbe.squash(newForm.replaceAll("(.{4})(?!$)", "$1 ")), "NGUYENVANAN", "1995-04-02", "百人町",
                "NewApplicationFormID", "Dateofbirth");
        return newForm;
    }

    private static void applyFromThePhotoStep(StaffBench kiosk) {
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        assertThat(kiosk.flow.state()).as("the studio's resident passes the photo check").isEqualTo(KioskState.REVIEW);
        SimBench.walkToSubmit(kiosk.flow);
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.DONE);
        assertThat(kiosk.now().confirmation()).as("sent, with the receiver's receipt")
            .hasValueSatisfying(c -> assertThat(c).isInstanceOf(Confirmation.Sent.class));
        kiosk.flow.handle(new FlowEvent.Finish());
        assertThat(kiosk.ended).last().extracting(SessionEnd::outcome).isEqualTo("applied");
    }

    /** The printed page's top, where the QR is, as a resident holds it up: the page on a desk-coloured frame. */
    static BufferedImage heldToTheCamera(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
            BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.setColor(new Color(120, 96, 70));
            g.fillRect(0, 0, 1280, 720);
            g.drawImage(page.getSubimage(0, 0, page.getWidth(), 620), 1280 - page.getWidth() - 60, 50, null);
            g.dispose();
            return frame;
        }
    }

    /** The audit log's rows as text, to check what staff actions were recorded (and what was not). */
    static String auditText(StaffBench kiosk) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + kiosk.staffDb.file());
             var rows = c.createStatement().executeQuery("SELECT staff, action, detail FROM audit ORDER BY seq")) {
            while (rows.next()) {
                all.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getString(3)).append('\n');
            }
        }
        return all.toString();
    }
}
