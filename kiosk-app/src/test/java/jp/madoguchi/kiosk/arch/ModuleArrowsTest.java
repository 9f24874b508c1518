package jp.madoguchi.kiosk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module arrows of docs/ARCHITECTURE.md, checked on the compiled classes of all four modules. */
@AnalyzeClasses(packages = "jp.madoguchi", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {
    @ArchTest
    static final ArchRule rulesDependOnNothingOfOurs = noClasses().that().resideInAPackage("jp.madoguchi.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.madoguchi.devices..", "jp.madoguchi.sim..", "jp.madoguchi.kiosk..");

    @ArchTest
    static final ArchRule rulesSeeNoUiVisionPrintOrDevice = noClasses().that().resideInAPackage("jp.madoguchi.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.opencv..", "org.apache.pdfbox..", "java.awt..");

    @ArchTest
    static final ArchRule driversNeverDependOnSimOrApp = noClasses().that().resideInAPackage("jp.madoguchi.devices..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.madoguchi.sim..", "jp.madoguchi.kiosk..");

    @ArchTest
    static final ArchRule simNeverDependsOnTheApp = noClasses().that().resideInAPackage("jp.madoguchi.sim..")
        .should().dependOnClassesThat().resideInAPackage("jp.madoguchi.kiosk..");

    @ArchTest
    static final ArchRule theFlowHasNoJavaFx = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.flow..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule viewModelsAreTestableWithoutAToolkit = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.ui.model..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule pdfBoxStaysInTheDocuments = noClasses().that().resideInAPackage("jp.madoguchi.kiosk..")
        .and().resideOutsideOfPackage("jp.madoguchi.kiosk.documents..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootChoosesDevices = noClasses().that().resideInAPackage("jp.madoguchi.kiosk..")
        // the fuzz harness reads configuration files as every command does at start-up
        // the scenario runner is the simulated kiosk's own composition root (issue 14)
        .and().resideOutsideOfPackages("jp.madoguchi.kiosk.app..", "jp.madoguchi.kiosk.cli..", "jp.madoguchi.kiosk.fuzz..",
            "jp.madoguchi.kiosk.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.madoguchi.devices.spi..", "jp.madoguchi.sim.device..");

    @ArchTest
    static final ArchRule openCvStaysInVision = noClasses().that().resideInAPackage("jp.madoguchi..")
        // the scanning benchmark measures OpenCV's QR detector as a peer; the kiosk never uses it
        .and().resideOutsideOfPackages("jp.madoguchi.kiosk.vision..", "jp.madoguchi.kiosk.scan.bench..")
        .should().dependOnClassesThat().resideInAPackage("org.opencv..");

    @ArchTest
    static final ArchRule webcamCaptureStaysInItsDriverAndTheSimulator = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackages("jp.madoguchi.devices.webcam..", "jp.madoguchi.sim.device..")
        .should().dependOnClassesThat().resideInAPackage("com.github.sarxos..");

    @ArchTest
    static final ArchRule userFilesAreReadWithoutUiDevicesOrVision = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.files..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.opencv..", "jp.madoguchi.devices..",
            "jp.madoguchi.sim..", "jp.madoguchi.kiosk.flow..", "jp.madoguchi.kiosk.ui..");

    @ArchTest
    static final ArchRule theFuzzHarnessIsOutOfTheShippedPath = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackages("jp.madoguchi.kiosk.fuzz..", "jp.madoguchi.kiosk.cli..")
        .should().dependOnClassesThat().resideInAPackage("jp.madoguchi.kiosk.fuzz..");

    @ArchTest
    static final ArchRule imageIntakeIsPlainJava = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.images..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.opencv..", "jp.madoguchi.devices..",
            "jp.madoguchi.sim..", "jp.madoguchi.kiosk.flow..", "jp.madoguchi.kiosk.ui..", "jp.madoguchi.kiosk.vision..");

    @ArchTest
    static final ArchRule theSimulatorsStudioIsPlainImaging = noClasses().that().resideInAPackage("jp.madoguchi.sim.scene..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.github.sarxos..", "jp.madoguchi.devices..");

    // issue 12: staff mode is a room of its own that knows nothing of the resident's flow, the
    // screens or how pages are laid out; the metrics room only reads
    @ArchTest
    static final ArchRule staffModeKnowsNoFlowScreensOrPdf = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.staff..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.madoguchi.kiosk.flow..", "jp.madoguchi.kiosk.ui..",
            "jp.madoguchi.kiosk.documents..", "jp.madoguchi.kiosk.metrics..", "javafx..", "org.apache.pdfbox..",
            "io.prometheus..");

    @ArchTest
    static final ArchRule prometheusStaysInTheMetricsRoom = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackage("jp.madoguchi.kiosk.metrics..")
        .should().dependOnClassesThat().resideInAPackage("io.prometheus..");


    @ArchTest
    static final ArchRule textRulesAreShapeFree = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.text..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.pdfbox..", "jp.madoguchi.devices..",
            "jp.madoguchi.kiosk.ui..", "jp.madoguchi.kiosk.documents..");

    @ArchTest
    static final ArchRule speechHasNoScreens = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.speech..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jp.madoguchi.kiosk.ui..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule theOutboxKnowsOnlyTheDeviceApi = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.submit..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jp.madoguchi.kiosk.flow..", "jp.madoguchi.kiosk.ui..",
            "jp.madoguchi.kiosk.app..", "jp.madoguchi.kiosk.cli..", "jp.madoguchi.devices.spi..", "jp.madoguchi.devices.gateway..",
            "jp.madoguchi.sim..");

    /** The outbox (issue 10) and the staff audit log, lock and PIN hashes (issue 12) are the only SQL and cipher users. */
    @ArchTest
    static final ArchRule sqlAndCiphersStayInTheOutboxAndStaffRooms = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackages("jp.madoguchi.kiosk.submit..", "jp.madoguchi.kiosk.staff..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "javax.crypto..");

    @ArchTest
    static final ArchRule httpClientsAreDeviceDrivers = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackages("jp.madoguchi.devices.gateway..", "jp.madoguchi.devices.print..",
            "jp.madoguchi.devices.register..")
        .should().dependOnClassesThat().resideInAPackage("java.net.http..");

    @ArchTest
    static final ArchRule onlyTheSimulatedServicesAreHttpServers = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackages("jp.madoguchi.sim.gateway..", "jp.madoguchi.sim.register..")
        .should().dependOnClassesThat().resideInAPackage("com.sun.net.httpserver..");

    @ArchTest
    static final ArchRule theGatewayDriverSeesNoOtherDriver = noClasses().that().resideInAPackage("jp.madoguchi.devices.gateway..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.madoguchi.devices.print..", "jp.madoguchi.devices.serial..",
            "jp.madoguchi.devices.webcam..", "javafx..");

    @ArchTest
    static final ArchRule benchmarksStayOutOfTheShippedPath = noClasses().that().resideInAPackage("jp.madoguchi.kiosk..")
        .and().resideOutsideOfPackages("jp.madoguchi.kiosk.cli..", "jp.madoguchi.kiosk.app.bench..")
        .should().dependOnClassesThat().resideInAPackage("jp.madoguchi.kiosk.app.bench..");

    // issue 14: scenarios are a room of their own, reached only from the CLI; the flow, the screens and
    // the devices never know they are being scripted, and YAML stays in the scenario room
    @ArchTest
    static final ArchRule onlyTheCliRunsScenarios = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackages("jp.madoguchi.kiosk.scenario..", "jp.madoguchi.kiosk.cli..")
        .should().dependOnClassesThat().resideInAPackage("jp.madoguchi.kiosk.scenario..");

    @ArchTest
    static final ArchRule yamlStaysInTheScenarioRoom = noClasses().that().resideInAPackage("jp.madoguchi..")
        .and().resideOutsideOfPackage("jp.madoguchi.kiosk.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.dataformat.yaml..", "org.yaml..");

    @ArchTest
    static final ArchRule scenariosDriveTheKioskFromOutside = noClasses().that().resideInAPackage("jp.madoguchi.kiosk.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.madoguchi.kiosk.app.bench..", "jp.madoguchi.kiosk.vision..",
            "org.sqlite..", "java.sql..");
}
