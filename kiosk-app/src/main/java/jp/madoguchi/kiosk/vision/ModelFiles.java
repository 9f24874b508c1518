package jp.madoguchi.kiosk.vision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the face-analysis models are. The BlazeFace and face-mesh models are fetched by {@code models/fetch}
 * (npm registry, pinned and checksum-verified) into {@code models/cache/} of the checkout; the
 * Haar cascades come from Debian's {@code opencv-data}. Both locations can be moved with system
 * properties for a kiosk image that keeps them elsewhere.
 */
public final class ModelFiles {
    public static final String BLAZEFACE = "face_detection_short_range.tflite";
    public static final String FACE_MESH = "face_landmark.tflite";
    public static final String CANONICAL_FACE = "geometry_pipeline_metadata_landmarks.binarypb";
    static final Path DEBIAN_CASCADES = Path.of("/usr/share/opencv4/haarcascades");

    private ModelFiles() {
    }

    public static Path modelDir() {
        String dir = System.getProperty("madoguchi.models");
        if (dir != null) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("madoguchi.home", ".")).resolve("models/cache");
    }

    public static Optional<Path> blazeFace() {
        return model(BLAZEFACE);
    }

    public static Optional<Path> faceMesh() {
        return model(FACE_MESH);
    }

    public static Optional<Path> canonicalFace() {
        return model(CANONICAL_FACE);
    }

    /** True when every model {@code models/fetch} installs is there. */
    public static boolean installed() {
        return blazeFace().isPresent() && faceMesh().isPresent() && canonicalFace().isPresent();
    }

    private static Optional<Path> model(String name) {
        Path file = modelDir().resolve(name);
        return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }

    public static Path cascadeDir() {
        return Path.of(System.getProperty("madoguchi.cascades", DEBIAN_CASCADES.toString()));
    }

    /** A Haar cascade XML such as {@code haarcascade_frontalface_default.xml}, when installed. */
    public static Optional<Path> cascade(String name) {
        Path file = cascadeDir().resolve(name);
        return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }
}
