package jp.madoguchi.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.files.UserFiles;
import jp.madoguchi.kiosk.images.ImageFacts;
import jp.madoguchi.kiosk.images.ImageIntake;
import jp.madoguchi.kiosk.images.UnreadableImageException;
import jp.madoguchi.kiosk.scan.FormQrReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kiosk scan-image [--json] FILE...}: the camera pipeline on photos of forms. Every file
 * comes through {@link ImageIntake} (pixel limit, whole files only), and a large photo is read at
 * up to {@link #WORKING_PIXELS}: the pipeline is made for camera frames, and a form's QR code
 * still has several pixels per module there. A file that cannot be read gets its reason and the
 * rest go on.
 */
@Command(name = "scan-image", mixinStandardHelpOptions = true,
    description = {"Read the Application Form ID from the QR code in each image (PNG, JPEG, BMP, GIF),",
        "as the kiosk's camera path would. Exit code 0 when every file gave a form ID, 1 when some had none,",
        "2 when some file could not be read at all (missing, not an image, damaged, too many pixels)."})
public final class ScanImageCommand implements Callable<Integer> {
    /** Larger files are refused unread: a photo of a form is a few MB at most. */
    static final long READ_LIMIT = 64L * 1024 * 1024;
    /** About a 12 MP phone photo; larger images are decoded skipping pixels down to this. */
    static final long WORKING_PIXELS = 12_000_000L;
    static final int UNREADABLE = 2;

    @Mixin
    ConfigOptions config;

    @Option(names = "--json", description = "One JSON object per file and line: file, form_id, error, ms (and message when the file could not be read).")
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
        long maxPixels = KioskConfig.maxImagePixels(config.settings());
        FormQrReader reader = new FormQrReader();
        reader.warmUp(warmupMillis);
        int status = 0;
        spec.commandLine().getOut().flush();
        for (Path file : files) {
            FormQrReader.Reading reading;
            String message = null;
            try {
                reading = readFile(reader, file, maxPixels);
            } catch (UserFileException e) {
                reading = failed(e.code());
                message = e.getMessage();
            } catch (UnreadableImageException e) {
                reading = failed(e.code());
                message = file + ": " + e.getMessage();
            } catch (OutOfMemoryError e) {
                // the limits above make this unreachable for any image within them; should a
                // decoder still run out, the file is refused and the rest are read
                reading = failed(UnreadableImageException.TOO_LARGE);
                message = file + ": too large to decode in the memory this kiosk has";
            }
            if (message != null) {
                status = UNREADABLE;
            } else if (reading.formId().isEmpty() && status == 0) {
                status = 1;
            }
            spec.commandLine().getOut().println(json ? asJson(file, reading, message) : asText(file, reading, message));
            spec.commandLine().getOut().flush();
        }
        return status;
    }

    private static FormQrReader.Reading readFile(FormQrReader reader, Path file, long maxPixels)
        throws UserFileException, UnreadableImageException {
        byte[] bytes = UserFiles.readBytes(file, READ_LIMIT);
        ImageFacts facts = ImageIntake.inspect(bytes, maxPixels);
        BufferedImage image = ImageIntake.decode(bytes, facts, WORKING_PIXELS);
        return reader.read(image);
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
