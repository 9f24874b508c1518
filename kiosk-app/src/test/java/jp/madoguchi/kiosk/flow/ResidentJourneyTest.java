package jp.madoguchi.kiosk.flow;

import jp.madoguchi.rules.advice.Need;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import javax.imageio.ImageIO;
import jp.madoguchi.devices.api.LightScene;
import jp.madoguchi.rules.form.FormIdRefusal;
import jp.madoguchi.kiosk.documents.PdfProbe;
import jp.madoguchi.kiosk.documents.PdfSessionSheets;
import jp.madoguchi.kiosk.testing.SystemPart;
import jp.madoguchi.sim.device.SimPrinter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A resident's whole visit on simulated devices, from the attract screen to the printed summary. */
class ResidentJourneyTest extends OnSimulatedKiosk {
    @Test
    void aResidentAppliesAndTakesHomeASummaryNamingTheirFormId() throws Exception {
        kiosk.flow.handle(new FlowEvent.Begin());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.LANGUAGE);
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SCAN_FORM);
        assertThat(kiosk.scanner.armed()).isTrue();

        assertThat(kiosk.scanner.present("1234-5678-9012-3456-7890-123")).isTrue();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
        assertThat(kiosk.now().formId()).map(id -> id.digits()).contains(SimBench.FORM_ID);
        assertThat(kiosk.scanner.armed()).as("the scanner stops reading once the form is in").isFalse();
        assertThat(kiosk.lights.scene()).isEqualTo(LightScene.PHOTO);

        kiosk.flow.handle(new FlowEvent.TakePhoto());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.REVIEW);
        assertThat(kiosk.now().photo()).isPresent();
        assertThat(kiosk.camera.log()).contains("live view stopped");

        kiosk.flow.handle(new FlowEvent.AcceptPhoto());
        kiosk.flow.handle(new FlowEvent.ChooseCertificates(true, false));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.BIRTH_DATE);
        kiosk.typeBirthDate("19950402");
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.BRAILLE);
        kiosk.flow.handle(new FlowEvent.ChooseBraille(true));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SUBMIT);
        kiosk.flow.handle(new FlowEvent.Submit());
        assertThat(kiosk.flow.state()).as("stored first; the sending screen waits a moment for the receipt")
            .isEqualTo(KioskState.SENDING);
        assertThat(kiosk.arrived).as("nothing is sent on the flow's thread").isEmpty();
        kiosk.deliver();

        assertThat(kiosk.flow.state()).isEqualTo(KioskState.DONE);
        assertThat(kiosk.arrived).singleElement().satisfies(application -> {
            assertThat(application.formIdDigits()).isEqualTo(SimBench.FORM_ID);
            assertThat(application.signature()).isTrue();
            assertThat(application.userIdentification()).isFalse();
            assertThat(application.brailleName()).isTrue();
            assertThat(application.dateOfBirth()).isEqualTo(java.time.LocalDate.of(1995, 4, 2));
            assertThat(application.kioskId()).isEqualTo("test-kiosk");
            assertThat(ImageIO.read(new java.io.ByteArrayInputStream(application.photoJpeg()))).isNotNull();
        });
        String receipt = kiosk.arrived.get(0).receipt();
        assertThat(kiosk.now().confirmation()).contains(new Confirmation.Sent(receipt));
        assertThat(kiosk.outbox.status().total()).as("an acknowledged application leaves the outbox").isZero();

        assertThat(kiosk.printer.jobs()).extracting(SimPrinter.PrintedJob::title)
            .containsExactly("application-summary", "photo-sheet", "phrase-cards", "checklist");
        SimPrinter.PrintedJob job = kiosk.printer.jobs().get(0);
        assertThat(textOf(job.pdf().toFile())).contains("1234 5678 9012 3456 7890 123", "Sent. Receipt: " + receipt,
            "Signature certificate: Yes", "User identification certificate: No", "Date of birth: 1995-04-02",
            "Name in braille");
        byte[] summary = java.nio.file.Files.readAllBytes(job.pdf());
        assertThat(PdfProbe.qrCodes(summary)).containsExactly(SimBench.FORM_ID);
        assertThat(ImageIO.read(job.preview().toFile()).getWidth()).as("a readable A4 preview").isGreaterThan(700);
        assertThat(PdfProbe.images(java.nio.file.Files.readAllBytes(kiosk.printer.jobs().get(1).pdf())))
            .as("two prints of the resident's photo, 35 x 45 mm").hasSize(2)
            .allSatisfy(photo -> assertThat(photo.heightMm()).isCloseTo(45.0, org.assertj.core.api.Assertions.within(0.5)));
        assertThat(textOf(kiosk.printer.jobs().get(3).pdf().toFile())).as("the pickup checklist")
            .contains("The issuance notice postcard", "User identification PIN: 4 digits", "A pickup reservation");
        assertThat(kiosk.lights.scene()).isEqualTo(LightScene.DONE);

        kiosk.flow.handle(new FlowEvent.Finish());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.ATTRACT);
        assertThat(kiosk.now().formId()).isEmpty();
        assertThat(kiosk.ended).singleElement().extracting(SessionEnd::reason).isEqualTo(SessionEnd.Reason.FINISHED);
    }

    @Test
    void anythingButAFormIdIsRefusedWithItsReasonAndNothingIsKept() {
        kiosk.flow.handle(new FlowEvent.Begin());
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));

        kiosk.scanner.present("123456789018");
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SCAN_FORM);
        assertThat(kiosk.now().refusal()).contains(FormIdRefusal.INDIVIDUAL_NUMBER);
        assertThat(kiosk.now().formId()).isEmpty();

        kiosk.scanner.present("https://example.lg.jp/apply?id=12345");
        assertThat(kiosk.now().refusal()).contains(FormIdRefusal.NO_ID_IN_URL);
        assertThat(kiosk.scanner.log()).noneMatch(entry -> entry.contains("123456789018"));

        kiosk.scanner.present(SimBench.FORM_ID);
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.PHOTO);
        assertThat(kiosk.now().refusal()).as("the old refusal message is gone").isEmpty();
    }

    @Test
    void aCodeShownOutsideTheScanStepIsNotRead() {
        kiosk.flow.handle(new FlowEvent.Begin());
        assertThat(kiosk.scanner.present(SimBench.FORM_ID)).isFalse();
        assertThat(kiosk.now().formId()).isEmpty();
    }

    @Test
    void aResidentWithoutAFormGetsGuidanceAndAPrintedSheet() throws Exception {
        SystemPart.require(PdfSessionSheets.japaneseFontInstalled(), "the Japanese print font IPAex Gothic",
            "fonts-ipaexfont-gothic");
        kiosk.flow.handle(new FlowEvent.Begin());
        kiosk.flow.handle(new FlowEvent.ChooseLanguage(Language.ENGLISH));
        kiosk.flow.handle(new FlowEvent.ChooseNeed(Need.APPLY));
        kiosk.flow.handle(new FlowEvent.NoForm());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.GUIDANCE);
        assertThat(kiosk.now().need()).contains(Need.LOST_FORM);

        kiosk.flow.handle(new FlowEvent.Print());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.DONE);
        assertThat(kiosk.printer.jobs()).extracting(SimPrinter.PrintedJob::title).containsExactly("phrase-cards", "checklist");
        String cards = PdfProbe.squash(textOf(kiosk.printer.jobs().get(0).pdf().toFile()));
        assertThat(cards).as("the rules engine's phrase card, in Japanese for the clerk, romaji and English")
            .contains("申請書を紛失しました。23桁のIDで", "Shinseishoofunshitsushimashita", "Ilostmyapplicationform");
        String checklist = textOf(kiosk.printer.jobs().get(1).pdf().toFile());
        assertThat(checklist).contains("Get a new application form", "あたらしい 申請書を もらいましょう");
        assertThat(checklist).as("what to bring").contains("Your residence card");
    }

    static String textOf(File pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
