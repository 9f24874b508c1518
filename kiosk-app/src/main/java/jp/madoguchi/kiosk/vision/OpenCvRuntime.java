package jp.madoguchi.kiosk.vision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads OpenCV's native library once per process, from the copy openpnp's jar carries for the
 * platform, so nothing outside the Maven artifact is needed.
 *
 * <p>openpnp's own {@code loadLocally} extracts the 63 MB library into a new temporary folder on
 * every start and deletes it only from a shutdown hook: every process that ended by kill -9, a
 * crash or power loss left one behind (hundreds in /tmp on a development machine in a day, and a
 * kiosk restarted by its watchdog fills its disk). On Linux the library is therefore extracted once
 * to a cache folder named by its content and loaded from there by every later start.
 */
public final class OpenCvRuntime {
    private static final String LIBRARY = "opencv_java490";
    private static volatile boolean loaded;

    private OpenCvRuntime() {
    }

    public static synchronized void load() {
        if (!loaded) {
            Optional<String> resource = linuxResource();
            boolean done = false;
            if (resource.isPresent()) {
                try {
                    System.load(extracted(resource.get(), cacheFolder()).toString());
                    done = true;
                } catch (IllegalStateException | UnsatisfiedLinkError e) {
                    // a read-only home, say: openpnp's temporary copy still works
                }
            }
            if (!done) {
                nu.pattern.OpenCV.loadLocally(); // other platforms, or no cache: openpnp's way
            }
            loaded = true;
        }
    }

    /** The library's path inside openpnp's jar for this Linux machine, if it carries one. */
    private static Optional<String> linuxResource() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "ARMv8";
            case "arm" -> "ARMv7";
            default -> "";
        };
        String path = "/nu/pattern/opencv/linux/" + arch + "/" + System.mapLibraryName(LIBRARY);
        return arch.isEmpty() || nu.pattern.OpenCV.class.getResource(path) == null ? Optional.empty() : Optional.of(path);
    }

    /** $XDG_CACHE_HOME/madoguchi (or ~/.cache/madoguchi): the user's cache, which nothing else needs cleaned. */
    static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("madoguchi").resolve("native");
    }

    /**
     * The library's copy under {@code folder}, named by its SHA-256 so that another version never
     * overwrites it; written to a temporary name and moved into place, so that two processes
     * starting at once each load a whole file.
     */
    static Path extracted(String resource, Path folder) {
        try {
            byte[] library;
            try (InputStream in = nu.pattern.OpenCV.class.getResourceAsStream(resource)) {
                library = in.readAllBytes();
            }
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(library)).substring(0, 16);
            Path target = folder.resolve(digest).resolve(System.mapLibraryName(LIBRARY));
            if (!Files.isRegularFile(target) || Files.size(target) != library.length) {
                Files.createDirectories(target.getParent());
                Path part = Files.createTempFile(target.getParent(), "part-", ".so");
                try {
                    Files.write(part, library);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            return target;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot put OpenCV's native library in " + folder + ": " + e.getMessage(), e);
        }
    }
}
