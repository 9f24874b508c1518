package jp.madoguchi.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import jp.madoguchi.devices.api.Application;
import jp.madoguchi.kiosk.submit.OutboxConfig;
import jp.madoguchi.kiosk.submit.OutboxException;
import jp.madoguchi.kiosk.submit.OutboxStatus;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.rules.form.DateOfBirth;
import jp.madoguchi.sim.device.SimPrinter;
import org.junit.jupiter.api.Test;

/**
 * The stories of issue 10, on the simulated kiosk with a real outbox (SQLite, encrypted) and the
 * real HTTP client to the gateway simulator on loopback: whatever the receiver does, the resident
 * leaves with a receipt or a "saved" slip, and exactly one application arrives.
 */
class SubmitJourneyTest extends OnSimulatedKiosk {
    private void walkToTheSubmitScreen() {
        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        kiosk.walkToSubmit();
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SUBMIT);
    }

    @Test
    void aGatewayDownAtSubmitLeavesTheResidentWithASavedSlipAndTheApplicationArrivesOnceWhenItIsBack() throws Exception {
        kiosk.gateway.simulator().down();
        walkToTheSubmitScreen();
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver(); // connection refused: not yet

        assertThat(kiosk.flow.state()).as("no error screen: the application is safe in the outbox").isEqualTo(KioskState.DONE);
        assertThat(kiosk.now().confirmation()).contains(new Confirmation.Saved());
        ScreenModel.Done done = (ScreenModel.Done) ScreenModels.of(kiosk.now());
        assertThat(done.lines().get(0)).isEqualTo("Your application is saved in this kiosk and will be sent automatically. "
            + "You have nothing more to do.");
        assertThat(ResidentJourneyTest.textOf(kiosk.printer.jobs().get(0).pdf().toFile()))
            .contains("Saved in the kiosk and sent automatically. You have nothing more to do.");
        BufferedImage sessionPhoto = kiosk.now().photo().orElseThrow();

        kiosk.flow.handle(new FlowEvent.Finish());
        kiosk.idleFor(Duration.ofMinutes(3)); // the resident has gone; the session is wiped
        assertThat(sessionPhoto.getRGB(sessionPhoto.getWidth() / 2, sessionPhoto.getHeight() / 2) & 0xFFFFFF)
            .as("the session's own photo is wiped").isZero();
        assertThat(kiosk.outbox.status().pending()).isEqualTo(1);

        kiosk.gateway.simulator().up();
        kiosk.clock.advance(Duration.ofMinutes(1));
        kiosk.deliver();
        assertThat(kiosk.arrived).singleElement().satisfies(a -> {
            assertThat(a.formIdDigits()).isEqualTo(SimBench.FORM_ID);
            BufferedImage sent = ImageIO.read(new ByteArrayInputStream(a.photoJpeg()));
            assertThat(notBlack(sent)).as("the outbox kept its own copy: the wipe did not black out what is sent").isTrue();
        });
        assertThat(kiosk.outbox.status().total()).isZero();
        kiosk.clock.advance(Duration.ofMinutes(10));
        assertThat(kiosk.deliver()).as("nothing is sent twice").isZero();
    }

    @Test
    void aLostAnswerIsNeverADoubleApplication() {
        kiosk.gateway.simulator().faults().drops(1);
        walkToTheSubmitScreen();
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver(); // stored by the receiver, the answer lost on the way back
        assertThat(kiosk.arrived).hasSize(1);
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.DONE);
        assertThat(kiosk.now().confirmation()).as("no receipt came back: saved, never claimed as sent")
            .contains(new Confirmation.Saved());
        kiosk.flow.handle(new FlowEvent.Submit());
        assertThat(kiosk.outbox.status().pending()).as("Submit on the done screen does nothing").isEqualTo(1);

        kiosk.gateway.simulator().faults().clear();
        kiosk.clock.advance(Duration.ofMinutes(1));
        kiosk.deliver();
        assertThat(kiosk.gateway.simulator().counts().repeated()).as("the retry carried the same key").isEqualTo(1);
        assertThat(kiosk.gateway.simulator().counts().conflicts()).isZero();
        assertThat(kiosk.arrived).as("one application for one form ID").hasSize(1);
        assertThat(kiosk.outbox.status().total()).isZero();
    }

    @Test
    void aSlowReceiverNeverKeepsTheResidentWaitingLongerThanTheConfiguredWait() {
        kiosk.gateway.simulator().faults().slow(1, Duration.ofSeconds(5));
        walkToTheSubmitScreen();
        kiosk.flow.handle(new FlowEvent.Submit());
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SENDING);
        assertThat(ScreenModels.of(kiosk.now())).isInstanceOf(ScreenModel.Sending.class);
        kiosk.idleFor(Duration.ofSeconds(2));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.SENDING);
        kiosk.idleFor(Duration.ofSeconds(1));
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.DONE);
        assertThat(kiosk.now().confirmation()).contains(new Confirmation.Saved());
        assertThat(kiosk.printer.jobs()).extracting(SimPrinter.PrintedJob::title).contains("application-summary");
    }

    @Test
    void aRefusedFormIdIsKeptForStaffWithItsReasonAndNeverRetriedBlindly() {
        kiosk.gateway.simulator().faults().refuse(SimBench.FORM_ID);
        walkToTheSubmitScreen();
        kiosk.flow.handle(new FlowEvent.Submit());
        kiosk.deliver();
        assertThat(kiosk.now().confirmation()).contains(new Confirmation.Refused("unknown_form_id"));
        assertThat(((ScreenModel.Done) ScreenModels.of(kiosk.now())).lines().get(0)).contains("staff");
        OutboxStatus status = kiosk.outbox.status();
        assertThat(status.refused()).isEqualTo(1);
        assertThat(status.held()).singleElement().satisfies(held -> {
            assertThat(held.formIdTail()).isEqualTo("0123");
            assertThat(held.reason()).isEqualTo("unknown_form_id");
        });
        kiosk.clock.advance(Duration.ofHours(1));
        assertThat(kiosk.deliver()).isZero();
        assertThat(kiosk.arrived).isEmpty();
    }

    @Test
    void anOutboxThatCannotStoreSendsTheResidentToStaffAndClaimsNothing() throws Exception {
        Path file = Files.writeString(printed.resolve("not-a-folder"), "x");
        try (SimBench broken = new SimBench(printed.resolve("out"), null, new OutboxConfig(file.resolve("outbox"),
            file.resolve("outbox").resolve("outbox.key"), Optional.empty(), Optional.empty()))) {
            broken.walkToPhoto(Language.ENGLISH);
            broken.flow.handle(new FlowEvent.TakePhoto());
            broken.walkToSubmit();
            broken.flow.handle(new FlowEvent.Submit());
            assertThat(broken.flow.state()).isEqualTo(KioskState.NOT_SAVED);
            assertThat(broken.now().confirmation()).isEmpty();
            ScreenModel.NotSaved screen = (ScreenModel.NotSaved) ScreenModels.of(broken.now());
            assertThat(screen.problem()).contains("could not be saved").contains("not sent");
            assertThat(screen.whatNext()).contains("staff");
            assertThat(broken.arrived).isEmpty();
            assertThat(broken.printer.jobs()).as("no summary claiming an application").isEmpty();
            assertThat(broken.outbox.status().problem()).isPresent();
        }
    }

    @Test
    void aFullOutboxSendsTheResidentToStaffAndKeepsWhatItHolds() throws Exception {
        Path dir = printed.resolve("small-outbox");
        OutboxConfig oneMegabyte = new OutboxConfig(dir, dir.resolve("outbox.key"), Optional.empty(), Optional.of(1));
        try (SimBench full = new SimBench(printed.resolve("out"), null, oneMegabyte)) {
            int kept = 0;
            for (int size : new int[] {200_000, 20_000, 2_000}) { // to the last page, smaller than any J-LIS photo
                try {
                    while (kept < 1000) {
                        full.outbox.keep(filler(kept, size));
                        kept++;
                    }
                } catch (OutboxException e) {
                    assertThat(e.getMessage()).contains("full");
                }
            }
            assertThat(kept).as("the ceiling was reached").isBetween(1, 999);
            full.walkToPhoto(Language.ENGLISH);
            full.flow.handle(new FlowEvent.TakePhoto());
            full.walkToSubmit();
            full.flow.handle(new FlowEvent.Submit());
            assertThat(full.flow.state()).isEqualTo(KioskState.NOT_SAVED);
            assertThat(full.outbox.status().pending()).as("what was stored before is intact").isEqualTo(kept);
        }
    }

    @Test
    void theDateOfBirthMustBeARealPastDateOfAPlausibleAge() {
        kiosk.walkToPhoto(Language.ENGLISH);
        kiosk.flow.handle(new FlowEvent.TakePhoto());
        kiosk.flow.handle(new FlowEvent.AcceptPhoto());
        kiosk.flow.handle(new FlowEvent.ChooseCertificates(true, true));
        for (String[] typo : new String[][] {{"1995040", "incomplete"}, {"20230230", "not_a_date"},
            {"20991231", "in_the_future"}, {"18800101", "too_old"}}) {
            kiosk.typeBirthDate(typo[0]);
            assertThat(kiosk.flow.state()).isEqualTo(KioskState.BIRTH_DATE);
            assertThat(kiosk.now().birthDate().refusal()).map(DateOfBirth.Refusal::code).contains(typo[1]);
            ScreenModel.BirthDate screen = (ScreenModel.BirthDate) ScreenModels.of(kiosk.now());
            assertThat(screen.refusal()).isPresent();
            for (int i = 0; i < 8; i++) {
                kiosk.flow.handle(new FlowEvent.EraseDigit());
            }
        }
        kiosk.typeBirthDate("20240229"); // a leap day, and a baby may apply
        assertThat(kiosk.flow.state()).isEqualTo(KioskState.BRAILLE);
        assertThat(kiosk.now().birthDate().date()).contains(LocalDate.of(2024, 2, 29));
        kiosk.flow.handle(new FlowEvent.Back());
        ScreenModel.BirthDate back = (ScreenModel.BirthDate) ScreenModels.of(kiosk.now());
        assertThat(back.groups()).containsExactly("2024", "02", "29");
    }

    private static Application filler(int i, int size) {
        byte[] noise = new byte[size];
        new java.util.Random(i).nextBytes(noise);
        return new Application(UUID.randomUUID(), String.format("%023d", i), LocalDate.of(1990, 1, 1), true, true, false,
            noise, "test-kiosk", Instant.parse("2026-11-24T01:00:00Z"));
    }

    private static boolean notBlack(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
