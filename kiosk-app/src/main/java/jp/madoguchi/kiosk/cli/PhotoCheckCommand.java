package jp.madoguchi.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.files.UserFileException;
import jp.madoguchi.kiosk.images.UnreadableImageException;
import jp.madoguchi.kiosk.vision.FaceAnalyser;
import jp.madoguchi.kiosk.vision.PhotoCheck;
import jp.madoguchi.kiosk.vision.PhotoFile;
import jp.madoguchi.rules.photo.PhotoJudge;
import jp.madoguchi.rules.photo.PhotoReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./kiosk photo-check [--json] [--as-is] [--crop-out DIR] FILE...}: judges photo files
 * against the J-LIS photo rules, one line per file. Staff use it for a photo a resident brings on
 * a phone or USB stick. A file that cannot be read gets an error line and the rest go on; the exit
 * status is 0 when every file was judged, 2 when some could not be read.
 */
@Command(name = "photo-check", mixinStandardHelpOptions = true,
    description = {"Judge photo files against the My Number Card photo rules.",
        "By default a photo is judged as the kiosk would after its own 35:45 crop (framing a crop fixes is no reason);",
        "--as-is judges the file exactly as submitted (framing and the file rules apply)."})
public final class PhotoCheckCommand implements Callable<Integer> {
    static final int UNREADABLE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--json", description = "One JSON object per file and line.")
    boolean json;

    @Option(names = "--as-is", description = "Judge the file as submitted instead of after the kiosk's crop.")
    boolean asIs;

    @Option(names = "--crop-out", paramLabel = "DIR", description = "Write each croppable photo's 35:45 JPEG here.")
    Path cropOut;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Photo files (JPEG or PNG).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int status = 0;
        Settings settings = config.settings();
        long maxPixels = KioskConfig.maxImagePixels(settings);
        try (PhotoCheck check = new PhotoCheck(FaceAnalyser.fromInstalledModel(), new PhotoJudge(KioskConfig.photoSpec(settings)))) {
            if (cropOut != null) {
                Files.createDirectories(cropOut);
            }
            for (Path file : files) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", file.toString());
                long start = System.nanoTime();
                PhotoFile.Decoded photo = null;
                try {
                    photo = PhotoFile.read(file, maxPixels);
                    PhotoCheck.Result r = check.check(photo, asIs);
                    line.put("verdict", r.verdict().outcome().code());
                    line.put("reasons", r.verdict().reasons().stream().map(PhotoReason::code).toList());
                    line.put("measurements", r.measurements().toMap());
                    line.put("crop", r.crop().map(c -> Map.of("x", c.x(), "y", c.y(), "w", c.width(), "h", c.height()))
                        .orElse(null));
                    if (cropOut != null && r.crop().isPresent() && photo.scale() == 1) {
                        Files.write(cropOut.resolve(stem(file) + "-35x45.jpg"), photo.jpeg(r.crop().get()));
                    }
                } catch (UserFileException e) {
                    unreadable(line, e.code(), e.getMessage());
                    status = UNREADABLE;
                } catch (PhotoFile.UnreadablePhotoException e) {
                    unreadable(line, e.code(), file + ": " + e.getMessage());
                    status = UNREADABLE;
                } catch (OutOfMemoryError e) {
                    // the pixel limit keeps every accepted image far below this; should a decoder
                    // still run out, this file is refused and the rest are judged
                    unreadable(line, UnreadableImageException.TOO_LARGE, file + ": too large to decode in the memory this kiosk has");
                    status = UNREADABLE;
                } finally {
                    if (photo != null) {
                        photo.close();
                    }
                }
                line.put("ms", Math.round((System.nanoTime() - start) / 1e5) / 10.0);
                out.println(json ? JSON.writeValueAsString(line) : human(line));
                out.flush();
            }
        }
        return status;
    }

    /** A file that could not be judged: a stable code for scripts, plain words for people. */
    private static void unreadable(Map<String, Object> line, String code, String message) {
        line.put("verdict", null);
        line.put("error", code);
        line.put("message", message);
    }

    @SuppressWarnings("unchecked")
    private static String human(Map<String, Object> line) {
        if (line.containsKey("error")) {
            return "cannot check " + line.get("message");
        }
        List<String> reasons = (List<String>) line.get("reasons");
        return line.get("file") + ": " + line.get("verdict") + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
