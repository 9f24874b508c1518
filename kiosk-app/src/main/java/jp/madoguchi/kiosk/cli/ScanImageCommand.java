package jp.madoguchi.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import jp.madoguchi.kiosk.scan.FormQrReader;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kiosk scan-image [--json] FILE...}: the camera pipeline on photos of forms. */
@Command(name = "scan-image", mixinStandardHelpOptions = true,
    description = {"Read the Application Form ID from the QR code in each image (PNG, JPEG, BMP, GIF),",
        "as the kiosk's camera path would. Exit code 0 when every file gave a form ID, 1 otherwise."})
public final class ScanImageCommand implements Callable<Integer> {
    static final String UNREADABLE_IMAGE = "unreadable_image";
    /** Larger files are refused unread: a photo of a form is a few MB at most. */
    static final long READ_LIMIT = 64L * 1024 * 1024;

    @Mixin
    ConfigOptions config;

    @Option(names = "--json", description = "One JSON object per file and line: file, form_id, error, ms.")
    boolean json;

    @Option(names = "--warmup-ms", description = "How long to warm the decoders up before the first file (default: ${DEFAULT-VALUE}); "
        + "0 times a cold JVM.")
    long warmupMillis = 1500;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Images to read.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        config.settings(); // checked like every command's
        FormQrReader reader = new FormQrReader();
        reader.warmUp(warmupMillis);
        boolean allRead = true;
        spec.commandLine().getOut().flush();
        for (Path file : files) {
            FormQrReader.Reading reading;
            String message = null;
            try {
                reading = readFile(reader, file);
            } catch (UserFileException e) {
                reading = failed(e.code());
                message = e.getMessage();
            }
            allRead &= reading.formId().isPresent();
            spec.commandLine().getOut().println(json ? asJson(file, reading, message) : asText(file, reading, message));
            spec.commandLine().getOut().flush();
        }
        return allRead ? 0 : 1;
    }

    private static FormQrReader.Reading readFile(FormQrReader reader, Path file) throws UserFileException {
        byte[] bytes = UserFiles.readBytes(file, READ_LIMIT);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        return image == null ? failed(UNREADABLE_IMAGE) : reader.read(image);
    }

    private static FormQrReader.Reading failed(String error) {
        return new FormQrReader.Reading(java.util.Optional.empty(), java.util.Optional.of(error), 0.0);
    }

    private String asJson(Path file, FormQrReader.Reading r, String message) throws IOException {
        ObjectNode line = mapper.createObjectNode();
        line.put("file", file.toString());
        r.formId().ifPresentOrElse(id -> line.put("form_id", id.digits()), () -> line.putNull("form_id"));
        r.error().ifPresentOrElse(e -> line.put("error", e), () -> line.putNull("error"));
        if (message != null) {
            line.put("message", message);
        }
        line.put("ms", Math.round(r.millis() * 10) / 10.0);
        return mapper.writeValueAsString(line);
    }

    private static String asText(Path file, FormQrReader.Reading r, String message) {
        if (message != null) {
            return message;
        }
        String what = r.formId().map(id -> "form ID " + id.grouped()).orElseGet(() -> "no form ID (" + r.error().orElse("?") + ")");
        return String.format("%s: %s, %.1f ms", file, what, r.millis());
    }
}
