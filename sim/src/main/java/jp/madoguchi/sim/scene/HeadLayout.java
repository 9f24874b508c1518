package jp.madoguchi.sim.scene;

/**
 * Where the parts of the resident's face are, for props to sit on them: in the source frame's
 * pixels as if the head were upright (turned by {@code -level} about the pivot, as
 * {@link SceneStudio} levels it). Derived from what {@link Person} measures on the outline (the
 * crown, the head's centre line and width, the pivot): the proportions below are those of the
 * studio's one resident, measured on the levelled neutral frame with the photo check (eye line 39 px
 * under the pivot, eyes 116 px apart, chin 259 px under the pivot, on a head 321 px wide).
 *
 * @param cx      the face's centre line
 * @param crownY  the top of the hair
 * @param eyeY    the line through both pupils
 * @param ie      the distance between the pupils
 * @param noseY   the tip of the nose
 * @param mouthY  the line between the lips
 * @param chinY   the bottom of the chin
 * @param half    half the head's width (hair and ears)
 */
record HeadLayout(double cx, double crownY, double eyeY, double ie, double noseY, double mouthY, double chinY,
                  double half) {
    static HeadLayout of(Person p) {
        double w = p.headWidth();
        return new HeadLayout(p.headX() + 0.029 * w, p.crownY(), p.pivotY() + 0.121 * w, 0.361 * w,
            p.pivotY() + 0.26 * w, p.pivotY() + 0.49 * w, p.pivotY() + 0.806 * w, w / 2);
    }

    /** Each eye's centre x: picture-left, then picture-right. */
    double[] eyesX() {
        return new double[] {cx - ie / 2, cx + ie / 2};
    }
}
