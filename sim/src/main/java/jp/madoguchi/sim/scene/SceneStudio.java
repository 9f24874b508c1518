package jp.madoguchi.sim.scene;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import jp.madoguchi.sim.scene.SceneSetup.Pose;

/**
 * Films a {@link SceneSetup} as a 1280x720 camera frame: the resident lifted off the blue screen
 * of the source frames ({@code models/fetch} puts them in {@code models/cache/faces}), placed on
 * the chosen backdrop at the chosen distance and tilt, then lit, blurred as asked. Frames are
 * rendered once per setup, not per camera frame.
 */
public final class SceneStudio {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    /** Where the crown sits at the right distance, in frame pixels from the top. */
    private static final double CROWN_Y = 60;

    private final Map<Pose, Person> people;
    private final Path folder;

    private SceneStudio(Map<Pose, Person> people, Path folder) {
        this.people = people;
        this.folder = folder;
    }

    /** The studio over the source frames in {@code folder}; poses whose frame is missing are unavailable. */
    public static SceneStudio open(Path folder) {
        Map<Pose, Person> people = new EnumMap<>(Pose.class);
        for (Pose pose : Pose.values()) {
            Path file = folder.resolve(pose.file());
            if (Files.isReadable(file)) {
                try {
                    BufferedImage frame = ImageIO.read(file.toFile());
                    if (frame != null) {
                        people.put(pose, Person.of(BlueScreen.key(frame)));
                    }
                } catch (IOException e) {
                    // an unreadable source frame only makes its pose unavailable
                }
            }
        }
        return new SceneStudio(people, folder);
    }

    /** {@code models/cache/faces} under the project (madoguchi.home, set by ./kiosk and the build). */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("madoguchi.home", ".")).toAbsolutePath().normalize()
            .resolve("models").resolve("cache").resolve("faces");
    }

    public Path folder() {
        return folder;
    }

    public boolean has(Pose pose) {
        return people.containsKey(pose);
    }

    /** Whether the scene can be filmed here (a scene with nobody in it always can). */
    public boolean canFilm(SceneSetup setup) {
        return setup.people() == 0 || has(setup.pose());
    }

    /** The frame the camera would see; empty when the pose's source frame was not fetched. */
    public Optional<BufferedImage> film(SceneSetup setup) {
        if (!canFilm(setup)) {
            return Optional.empty();
        }
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Backdrops.paint(g, setup.backdrop(), WIDTH, HEIGHT);
            if (setup.people() == 1) {
                place(g, people.get(setup.pose()), setup, setup.offsetX(), setup.distance());
            } else if (setup.people() == 2) {
                // two people side by side on the bench, a little further back to fit
                place(g, people.get(setup.pose()), setup, setup.offsetX() - 0.22, setup.distance() * 0.8);
                place(g, people.get(setup.pose()), setup, setup.offsetX() + 0.22, setup.distance() * 0.8);
            }
        } finally {
            g.dispose();
        }
        Light.expose(frame, setup.exposure());
        Light.blur(frame, setup.blurPx());
        return Optional.of(frame);
    }

    private static void place(Graphics2D g, Person undressed, SceneSetup setup, double offsetX, double distance) {
        Person person = Props.dress(undressed, setup.prop(), setup.pose().level());
        BufferedImage lit = setup.sideLight() > 0 ? Light.shadeLeft(person, setup.sideLight()) : person.image();
        AffineTransform t = new AffineTransform();
        // moving closer magnifies the scene about the lens axis (the frame centre)
        t.translate(WIDTH / 2.0, HEIGHT / 2.0);
        t.scale(distance, distance);
        t.translate(-WIDTH / 2.0, -HEIGHT / 2.0);
        t.translate(WIDTH / 2.0 + offsetX * WIDTH - person.headX(), CROWN_Y - person.crownY());
        t.rotate(Math.toRadians(setup.rollDeg() + setup.pose().level()), person.headX(), person.pivotY());
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(lit, t, null);
    }
}
