package jp.madoguchi.sim.scene;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import jp.madoguchi.sim.scene.SceneSetup.Prop;

/**
 * Dresses the resident in a prop before the studio places them: the prop is drawn on a copy of the
 * cut-out, upright on the head ({@link HeadLayout}), so it is scaled with the distance, turned with
 * the tilt, and lit, shaded and blurred with the person.
 */
final class Props {
    private Props() {
    }

    /** @param levelDeg the degrees that bring the source frame's head upright ({@code Pose.level()}) */
    static Person dress(Person person, Prop prop, double levelDeg) {
        if (prop == Prop.NONE) {
            return person;
        }
        BufferedImage img = new BufferedImage(person.image().getWidth(), person.image().getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.drawImage(person.image(), 0, 0, null);
        g.dispose();
        // upright coordinates to the source frame's: the levelling turned back
        AffineTransform level = AffineTransform.getRotateInstance(Math.toRadians(-levelDeg), person.headX(), person.pivotY());
        HeadLayout head = HeadLayout.of(person);
        switch (prop) {
            case CAP -> Headwear.cap(img, level, head);
            case KNIT_HAT -> Headwear.knitHat(img, level, head);
            case HEADSCARF -> Headwear.headscarf(img, level, head);
            case MASK -> FaceWear.mask(img, level, head);
            case SUNGLASSES -> FaceWear.sunglasses(img, level, head);
            case NONE -> { }
        }
        return new Person(img, person.headX(), person.crownY(), person.pivotY(), person.headWidth());
    }
}
