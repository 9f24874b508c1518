package jp.madoguchi.sim.device;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import jp.madoguchi.sim.scene.Scene;
import jp.madoguchi.sim.scene.SceneSetup;
import jp.madoguchi.sim.scene.SceneStudio;

/**
 * What the simulated camera can film. First the studio's scenes ({@link Scene}: a resident who
 * passes, and one scene per main way a photo fails), composed from source frames that
 * {@code models/fetch} takes from the npm registry, so they work on any clone. Then, where
 * there are any, photo files: the folder named in configuration ({@code camera.images}), else the
 * labelled developer photos in ../shared/photos/dev (read in place: their terms forbid copying
 * them into the project).
 */
public final class FaceImages {
    private final SceneStudio studio;
    private final List<String> photos;
    private final Optional<Path> folder;

    private FaceImages(SceneStudio studio, List<String> photos, Optional<Path> folder) {
        this.studio = studio;
        this.photos = photos;
        this.folder = folder;
    }

    public static FaceImages locate(Optional<Path> configured) {
        return locate(configured, SceneStudio.defaultFolder());
    }

    /** With the studio's source frames taken from {@code sceneSources} (tests point it elsewhere). */
    public static FaceImages locate(Optional<Path> configured, Path sceneSources) {
        SceneStudio studio = SceneStudio.open(sceneSources);
        Optional<Path> folder = configured.or(FaceImages::sharedDevPhotos).filter(Files::isDirectory);
        return new FaceImages(studio, folder.map(FaceImages::listImages).orElse(List.of()), folder);
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

    /** Every scene the studio can film here, then every photo file, in the order the panel lists them. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Scene scene : Scene.values()) {
            if (studio.canFilm(scene.setup())) {
                names.add(scene.sceneName());
            }
        }
        names.addAll(photos);
        return names;
    }

    /** What the camera shows when it starts: the resident who passes, when the studio can film them. */
    public String defaultName() {
        if (studio.canFilm(Scene.RESIDENT.setup())) {
            return Scene.RESIDENT.sceneName();
        }
        return photos.isEmpty() ? Scene.NOBODY.sceneName() : photos.get(0);
    }

    /** Whether the studio's source frames are here (models/fetch has run). */
    public boolean studioReady() {
        return studio.canFilm(Scene.RESIDENT.setup());
    }

    /** Where the images come from, for the panel and the staff status screen. */
    public String origin() {
        String scenes = studioReady() ? "studio scenes from " + studio.folder()
            : "no studio scenes (run models/fetch to get their source frames into " + studio.folder() + ")";
        return folder.map(f -> scenes + "; photos from " + f).orElse(scenes);
    }

    /** Films a named scene or decodes a photo file; empty when neither can be produced. */
    public Optional<BufferedImage> load(String name) {
        Optional<Scene> scene = name.startsWith(Scene.PREFIX) ? Scene.byName(name) : Optional.empty();
        if (scene.isPresent()) {
            return studio.film(scene.get().setup());
        }
        if (folder.isEmpty() || !photos.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(folder.get().resolve(name))) {
            return Optional.ofNullable(ImageIO.read(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Films a scene set up by hand (distance, light, tilt: the panel's and scenarios' controls). */
    public Optional<BufferedImage> film(SceneSetup setup) {
        return studio.film(setup);
    }
}
