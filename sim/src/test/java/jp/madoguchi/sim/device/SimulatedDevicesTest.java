package jp.madoguchi.sim.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jp.madoguchi.devices.api.DeviceCondition;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.devices.api.PrintJob;
import jp.madoguchi.devices.api.ScannedCode;
import jp.madoguchi.devices.spi.CameraConfig;
import jp.madoguchi.devices.spi.CameraProvider;
import jp.madoguchi.devices.spi.DeviceProviders;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.sim.scene.Scene;
import jp.madoguchi.sim.scene.SceneStudio;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedDevicesTest {
    private final Clock clock = Clock.systemUTC();

    @TempDir
    Path folder;

    @Test
    void thePrinterWritesEachJobAsPdfAndPreviewAndRefusesWithoutPaper() throws Exception {
        SimPrinter printer = new SimPrinter(folder, clock);
        List<DeviceStatus> seen = new ArrayList<>();
        printer.onStatus(seen::add);

        printer.print(new PrintJob("guidance", onePagePdf()));
        assertThat(printer.jobs()).singleElement().satisfies(job -> {
            assertThat(job.pdf()).exists().hasFileName("0001-guidance.pdf");
            assertThat(ImageIO.read(job.preview().toFile())).isNotNull();
            assertThat(job.pages()).isEqualTo(1);
        });

        printer.paperOut();
        assertThatThrownBy(() -> printer.print(new PrintJob("guidance", onePagePdf())))
            .isInstanceOf(DeviceUnavailableException.class);
        assertThat(printer.jobs()).hasSize(1);
        assertThat(seen).extracting(DeviceStatus::condition).containsExactly(DeviceCondition.PAPER_OUT);
    }

    @Test
    void theOutputIsOwnerOnlyAndASessionsJobsGoWhenItEnds() throws Exception {
        Path tray = folder.resolve("tray");
        Files.createDirectories(tray);
        Files.setPosixFilePermissions(tray, PosixFilePermissions.fromString("rwxr-xr-x")); // as older versions left it
        SimPrinter printer = new SimPrinter(tray, clock);
        printer.print(new PrintJob("application-summary", onePagePdf()));
        printer.print(new PrintJob("photo-sheet", onePagePdf()));
        assertThat(Files.getPosixFilePermissions(tray)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(tray)) {
            assertThat(files.toList()).hasSize(4).allSatisfy(file ->
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }

        printer.forgetJobs();
        assertThat(printer.jobs()).isEmpty();
        try (var files = Files.list(tray)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThat(printer.log()).contains("forgot 2 jobs (4 files deleted)");
    }

    @Test
    void aDeveloperCanKeepTheJobs() throws Exception {
        SimPrinter printer = new SimPrinter(folder, true, clock);
        printer.print(new PrintJob("checklist", onePagePdf()));
        printer.forgetJobs();
        assertThat(printer.jobs()).singleElement().satisfies(job -> assertThat(job.pdf()).exists());
    }

    @Test
    void aSymbolicLinkForAFolderIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), elsewhere);
        SimPrinter printer = new SimPrinter(link, clock);
        assertThatThrownBy(() -> printer.print(new PrintJob("checklist", onePagePdf())))
            .isInstanceOf(DeviceUnavailableException.class).hasMessageContaining("symbolic link");
        try (var files = Files.list(elsewhere)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void aJamFailsTheNextJobAndSaysSo() throws Exception {
        SimPrinter printer = new SimPrinter(folder, clock);
        printer.jamNextJob();
        assertThatThrownBy(() -> printer.print(new PrintJob("guidance", onePagePdf())))
            .isInstanceOfSatisfying(DeviceUnavailableException.class,
                e -> assertThat(e.status().condition()).isEqualTo(DeviceCondition.JAMMED));
        printer.replug();
        printer.print(new PrintJob("guidance", onePagePdf()));
        assertThat(printer.jobs()).hasSize(1);
    }

    @Test
    void aBrokenPdfFailsTheJobInsteadOfCrashingThePrinter() {
        SimPrinter printer = new SimPrinter(folder, clock);
        assertThatThrownBy(() -> printer.print(new PrintJob("guidance", new byte[] {1, 2, 3})))
            .isInstanceOf(DeviceUnavailableException.class);
        assertThat(printer.status().condition()).isEqualTo(DeviceCondition.FAILED);
    }

    @Test
    void theScannerReadsOnlyWhileArmedAndPluggedIn() {
        SimCodeScanner scanner = new SimCodeScanner(clock);
        List<ScannedCode> read = new ArrayList<>();
        scanner.onCode(read::add);
        assertThat(scanner.present("12345678901234567890123")).isFalse();
        scanner.arm();
        scanner.unplug();
        assertThat(scanner.present("12345678901234567890123")).isFalse();
        scanner.replug();
        assertThat(scanner.present("12345678901234567890123")).isTrue();
        assertThat(read).extracting(ScannedCode::payload).containsExactly("12345678901234567890123");
        assertThat(read.get(0).toString()).doesNotContain("1234567890");
        assertThat(scanner.log()).noneMatch(e -> e.contains("1234567890"));
    }

    @Test
    void theCameraStreamsFramesFromFaceImagesAndStopsWhenUnplugged() throws Exception {
        StudioSources.require();
        try (SimCamera camera = new SimCamera(FaceImages.locate(Optional.empty()), 30, clock)) {
            CountDownLatch frames = new CountDownLatch(3);
            camera.onFrame(f -> frames.countDown());
            camera.startLiveView();
            assertThat(frames.await(5, TimeUnit.SECONDS)).as("three live frames arrive").isTrue();
            assertThat(camera.capture().width()).isPositive();
            camera.unplug();
            assertThatThrownBy(camera::capture).isInstanceOf(DeviceUnavailableException.class);
        }
    }

    @Test
    void onAnyCloneTheCameraStartsOnTheStudioResidentAndListsEveryScene() {
        StudioSources.require();
        FaceImages faces = FaceImages.locate(Optional.of(folder.resolve("absent")));
        assertThat(faces.defaultName()).isEqualTo(Scene.RESIDENT.sceneName());
        assertThat(faces.names()).containsExactlyElementsOf(
            java.util.Arrays.stream(Scene.values()).map(Scene::sceneName).toList());
        assertThat(faces.load(faces.defaultName())).hasValueSatisfying(frame -> {
            assertThat(frame.getWidth()).isEqualTo(SceneStudio.WIDTH);
            assertThat(frame.getHeight()).isEqualTo(SceneStudio.HEIGHT);
        });
        try (SimCamera camera = new SimCamera(faces, 30, clock)) {
            assertThat(camera.sceneName()).isEqualTo("scene:resident");
        }
    }

    @Test
    void withoutTheStudioSourcesTheCameraSeesNobodyAndSaysHowToGetThem() {
        FaceImages faces = FaceImages.locate(Optional.of(folder.resolve("absent")), folder.resolve("no-sources"));
        assertThat(faces.names()).containsExactly(Scene.NOBODY.sceneName());
        assertThat(faces.defaultName()).isEqualTo(Scene.NOBODY.sceneName());
        assertThat(faces.load(Scene.RESIDENT.sceneName())).isEmpty();
        assertThat(faces.load(Scene.NOBODY.sceneName())).isPresent();
        assertThat(faces.origin()).contains("models/fetch");
    }

    @Test
    void aFolderOfPhotosIsListedAfterTheScenes() throws Exception {
        Path photos = java.nio.file.Files.createDirectories(folder.resolve("photos"));
        ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
            photos.resolve("b.png").toFile());
        java.nio.file.Files.writeString(photos.resolve("notes.txt"), "not an image");
        FaceImages faces = FaceImages.locate(Optional.of(photos), folder.resolve("no-sources"));
        assertThat(faces.names()).containsExactly(Scene.NOBODY.sceneName(), "b.png");
        assertThat(faces.load("b.png")).hasValueSatisfying(i -> assertThat(i.getWidth()).isEqualTo(64));
        assertThat(faces.load("notes.txt")).isEmpty();
        assertThat(faces.origin()).contains(photos.toString());
    }

    @Test
    void theSimProviderIsFoundByItsConfiguredId() {
        CameraConfig config = CameraConfig.from(Settings.empty());
        assertThat(config.provider()).isEqualTo("sim");
        try (var camera = DeviceProviders.find(CameraProvider.class, "sim").open(config)) {
            assertThat(camera).isInstanceOf(SimCamera.class);
        }
    }

    private static byte[] onePagePdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
