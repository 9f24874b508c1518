package jp.madoguchi.kiosk.flow;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceUnavailableException;
import jp.madoguchi.kiosk.flow.FlowEvent.AcceptPhoto;
import jp.madoguchi.kiosk.flow.FlowEvent.Back;
import jp.madoguchi.kiosk.flow.FlowEvent.PhotoChecked;
import jp.madoguchi.kiosk.flow.FlowEvent.Retake;
import jp.madoguchi.kiosk.flow.FlowEvent.StaffAcceptHeadCovering;
import jp.madoguchi.kiosk.flow.FlowEvent.TakePhoto;
import jp.madoguchi.rules.photo.CropBox;

/**
 * The PHOTO and REVIEW states. The live view's checks arrive as {@link PhotoChecked} events; once
 * every check has passed for {@link #STEADY} a {@link #COUNTDOWN} starts, and when it ends the
 * kiosk captures (any failing frame in between stops it). The resident can also press the button.
 * A capture is judged again at full resolution: a compliant one is cropped to 35:45 and encoded;
 * a refused one is kept to show the problem, and after three refusals staff are offered.
 *
 * <pre>
 * PHOTO   PhotoChecked (steady, countdown over) or TakePhoto -> capture -> REVIEW     Back -> SCAN_FORM
 * REVIEW  AcceptPhoto (photo accepted) -> CERTIFICATES   Retake -> PHOTO   (after 3 refusals staff are offered)
 *         StaffAcceptHeadCovering (covering the only reason, face visible) -> photo accepted, stays
 * </pre>
 */
final class PhotoStep {
    static final Duration STEADY = Duration.ofMillis(800);
    static final Duration COUNTDOWN = Duration.ofSeconds(3);
    private final KioskDevices devices;
    private final PhotoInspector inspector;
    private final Clock clock;

    PhotoStep(KioskDevices devices, PhotoInspector inspector, Clock clock) {
        this.devices = devices;
        this.inspector = inspector;
        this.clock = clock;
    }

    KioskState onPhoto(FlowEvent event, Session session) throws DeviceUnavailableException {
        PhotoAttempts a = session.photoAttempts();
        if (event instanceof TakePhoto) {
            return capture(session);
        }
        if (event instanceof PhotoChecked checked) {
            Instant now = clock.instant();
            a.live = checked.report();
            if (!checked.report().compliant()) {
                a.passingSince = null;
                a.countdownFrom = null;
            } else if (a.passingSince == null) {
                a.passingSince = now;
            } else if (a.countdownFrom == null && !now.isBefore(a.passingSince.plus(STEADY))) {
                a.countdownFrom = now;
            } else if (a.countdownFrom != null && !now.isBefore(a.countdownFrom.plus(COUNTDOWN))) {
                return capture(session);
            }
            return KioskState.PHOTO;
        }
        return event instanceof Back ? KioskState.SCAN_FORM : KioskState.PHOTO;
    }

    KioskState onReview(FlowEvent event, Session session) {
        if (event instanceof AcceptPhoto && session.photo().isPresent()) {
            return KioskState.CERTIFICATES;
        }
        if (event instanceof Retake) {
            return KioskState.PHOTO;
        }
        if (event instanceof StaffAcceptHeadCovering) {
            acceptCovering(session);
        }
        return KioskState.REVIEW;
    }

    /**
     * Staff's exception for a religious or medical head covering: the refused capture becomes the
     * photo when the covering was its only reason, the face outline is visible and it can be cropped.
     */
    private void acceptCovering(Session session) {
        if (!headCoveringMayBeAllowed(session)) {
            return;
        }
        PhotoAttempts a = session.photoAttempts();
        CropBox c = a.refusal.crop().orElseThrow();
        BufferedImage frame = a.refusedPhoto;
        a.file = inspector.encode(frame, c);
        session.photo(copy(frame.getSubimage(c.x(), c.y(), c.width(), c.height())));
        a.forgetRefusal();
    }

    /** A refused photo whose one reason is a head covering, the face outline visible, and a crop to take. */
    boolean headCoveringMayBeAllowed(Session session) {
        PhotoReport report = session.photoAttempts().refusal;
        return report != null && report.verdict().headCoveringMayBeAccepted()
            && report.verdict().withHeadCoveringAccepted().compliant() && report.crop().isPresent();
    }

    /** Entering the live view: a fresh streak, and last refusal's photo forgotten. */
    void enterPhoto(Session session) {
        session.photoAttempts().restartLive();
        session.photoAttempts().forgetRefusal();
    }

    private KioskState capture(Session session) throws DeviceUnavailableException {
        PhotoAttempts a = session.photoAttempts();
        BufferedImage frame = devices.camera().capture().image();
        PhotoReport report = inspector.inspect(frame);
        a.restartLive();
        if (report.compliant()) {
            CropBox c = report.crop().orElseThrow();
            a.forgetRefusal();
            a.file = inspector.encode(frame, c);
            session.photo(copy(frame.getSubimage(c.x(), c.y(), c.width(), c.height())));
            PhotoAttempts.erase(frame);
        } else {
            session.forgetPhoto();
            a.refused(frame, report);
        }
        return KioskState.REVIEW;
    }

    private static BufferedImage copy(BufferedImage part) {
        BufferedImage out = new BufferedImage(part.getWidth(), part.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(part, 0, 0, null);
        return out;
    }

    PhotoCoaching coaching(Session session) {
        PhotoAttempts a = session.photoAttempts();
        Optional<Long> countdown = Optional.ofNullable(a.countdownFrom).map(from -> Math.max(1,
            (long) Math.ceil((COUNTDOWN.toMillis() - Duration.between(from, clock.instant()).toMillis()) / 1000.0)));
        return new PhotoCoaching(Optional.ofNullable(a.live).flatMap(r -> Optional.ofNullable(r.verdict().first())),
            a.live != null && a.live.compliant(), countdown, Optional.ofNullable(a.refusedPhoto),
            Optional.ofNullable(a.refusal), a.refusals, a.offerStaff());
    }
}
