package jp.madoguchi.sim.device;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Where the simulated camera's faces come from. In order: the folder named in configuration;
 * the labelled developer photos in ../shared/photos/dev (read in place: their terms forbid
 * copying them into the project); else face photos inside the openimaj test-resources jar, a
 * Maven Central package the build pulls in by name.
 */
public final class FaceImages {
    static final List<String> PACKAGED = List.of(
        "org/openimaj/image/data/sinaface.jpg",
        "org/openimaj/image/data/face/ss.jpg");

    private final List<String> names;
    private final Optional<Path> folder;

    private FaceImages(List<String> names, Optional<Path> folder) {
        this.names = names;
        this.folder = folder;
    }

    public static FaceImages locate(Optional<Path> configured) {
        Optional<Path> folder = configured.or(FaceImages::sharedDevPhotos);
        if (folder.isPresent() && Files.isDirectory(folder.get())) {
            List<String> files = listImages(folder.get());
            if (!files.isEmpty()) {
                return new FaceImages(files, folder);
            }
        }
        return new FaceImages(PACKAGED, Optional.empty());
    }

    /** ../shared/photos/dev beside the project root (madoguchi.home, set by ./kiosk and the build). */
    public static Optional<Path> sharedDevPhotos() {
        Path home = Path.of(System.getProperty("madoguchi.home", "."));
        Path dev = home.toAbsolutePath().normalize().resolveSibling("shared").resolve("photos").resolve("dev");
        return Files.isDirectory(dev) ? Optional.of(dev) : Optional.empty();
    }

    private static List<String> listImages(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)$"))
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list camera images in " + folder, e);
        }
    }

    public List<String> names() {
        return names;
    }

    /** Where the images come from, for the panel and the staff status screen. */
    public String origin() {
        return folder.map(Path::toString).orElse("openimaj test-resources (Maven Central)");
    }

    /** Decodes one image; empty when the file is not an image a camera could have produced. */
    public Optional<BufferedImage> load(String name) {
        try (InputStream in = open(name)) {
            return Optional.ofNullable(in == null ? null : ImageIO.read(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private InputStream open(String name) throws IOException {
        if (folder.isPresent()) {
            return Files.newInputStream(folder.get().resolve(name));
        }
        return FaceImages.class.getClassLoader().getResourceAsStream(name);
    }
}
