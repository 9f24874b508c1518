package jp.madoguchi.kiosk.flow;

import java.awt.image.BufferedImage;
import java.util.Optional;
import jp.madoguchi.rules.photo.PhotoReason;

/**
 * What the photo screens show besides the photo: the one instruction for the live view, the
 * auto-capture countdown, and after a refused capture the photo with its report, the number of
 * refusals and whether staff are offered (the call itself is the flow's STAFF_CALLED state).
 *
 * @param instruction the first thing to fix in the live view; empty while every check passes or
 *                    before the first frame was judged
 * @param countdown   whole seconds left before the automatic capture, while it runs
 */
public record PhotoCoaching(Optional<PhotoReason> instruction, boolean passing, Optional<Long> countdown,
                            Optional<BufferedImage> refusedPhoto, Optional<PhotoReport> refusal, int refusals,
                            boolean offerStaff) {

    public static final PhotoCoaching NONE = new PhotoCoaching(Optional.empty(), false, Optional.empty(),
        Optional.empty(), Optional.empty(), 0, false);
}
