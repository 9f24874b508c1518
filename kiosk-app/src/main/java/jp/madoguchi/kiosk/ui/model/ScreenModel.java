package jp.madoguchi.kiosk.ui.model;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.kiosk.flow.KioskState;
import jp.madoguchi.kiosk.flow.Language;
import jp.madoguchi.kiosk.ui.model.staff.StaffScreen;
import jp.madoguchi.rules.advice.Need;

/**
 * What each screen shows, as plain data in the resident's language: the view models. They are
 * derived from the flow's snapshot by {@link ScreenModels} and hold no JavaFX, so they are
 * tested as plain values; views only lay them out and send the flow events on taps.
 */
public sealed interface ScreenModel {
    KioskState state();

    /**
     * Texts every screen shares: the frame around the content.
     *
     * @param callStaff the "Call staff" button, on the screens where a resident may call staff
     * @param speak    the speaker button's label: "Read aloud", or where the language has no voice, a
     *                 message saying so in that language
     * @param canSpeak whether the language has a voice (the button is disabled and says so otherwise)
     */
    record Chrome(String appName, String back, String startOver, String languageLabel, Language language,
                  Optional<String> step, Optional<String> callStaff, String speak, boolean canSpeak) {
        /** The same frame without its "Call staff" button, for a page that offers staff in its own words. */
        public Chrome withoutCallStaff() {
            return new Chrome(appName, back, startOver, languageLabel, language, step, Optional.empty(), speak, canSpeak);
        }
    }

    Chrome chrome();

    record Attract(Chrome chrome, String title, String subtitle, List<String> touchInEveryLanguage) implements ScreenModel {
        public KioskState state() {
            return KioskState.ATTRACT;
        }
    }

    record LanguageChoice(Language language, String ownName, boolean current) {
    }

    record Languages(Chrome chrome, String title, String hint, List<LanguageChoice> choices) implements ScreenModel {
        public KioskState state() {
            return KioskState.LANGUAGE;
        }
    }

    record NeedChoice(Need need, String label, String detail) {
    }

    record Needs(Chrome chrome, String title, List<NeedChoice> choices) implements ScreenModel {
        public KioskState state() {
            return KioskState.NEED;
        }
    }

    /** A phrase card as the resident sees it: the Japanese the clerk reads, how to say it, what it means. */
    record PhraseLine(String japanese, String romaji, Optional<String> meaning) {
    }

    record Guidance(Chrome chrome, String title, String body, String phrasesTitle, List<PhraseLine> phrases,
                    String checklistTitle, List<String> checklist, String asOf, String print, String finish)
        implements ScreenModel {
        public KioskState state() {
            return KioskState.GUIDANCE;
        }
    }

    /**
     * @param typeInstead the button that opens the keypad, for a form whose QR will not scan
     * @param keypad      the manual-entry keypad, while it is open
     * @param byCamera    the QR is read through the camera: show its live view instead of a picture of a QR
     */
    record Scan(Chrome chrome, String title, String hint, String waiting, Optional<String> refusal, String noForm,
                String typeInstead, Optional<Keypad> keypad, boolean byCamera)
        implements ScreenModel {
        public KioskState state() {
            return KioskState.SCAN_FORM;
        }
    }

    /**
     * The manual-entry keypad: the 23 digits shown in the groups printed on the form (4 4 4 4 4 3),
     * typed digits filled in and the rest as placeholders.
     *
     * @param groups   each group's text, e.g. "1234", "56··", "····"
     * @param complete whether all 23 digits are typed (OK is offered only then)
     */
    record Keypad(String title, String hint, List<String> groups, String count, String erase, String submit,
                  String cancel, boolean complete) {
    }

    /**
     * The live view. {@code instruction} is the one thing to change now (empty until a frame was
     * judged); {@code passing} turns the guide green; {@code countdown} runs before the capture.
     */
    record Photo(Chrome chrome, String title, String hint, String take, String cameraWaiting,
                 Optional<String> instruction, boolean passing, Optional<String> countdown) implements ScreenModel {
        public KioskState state() {
            return KioskState.PHOTO;
        }
    }

    /** The accepted, cropped photo to confirm, or the refused capture with its problem marked. */
    record Review(Chrome chrome, String title, String hint, Optional<BufferedImage> photo, String accept, String retake,
                  Optional<Refusal> refusal) implements ScreenModel {
        public KioskState state() {
            return KioskState.REVIEW;
        }
    }

    /**
     * A refused photo: the capture, the reason and what to do in the resident's language, the
     * marks to draw on it, and after three refusals the offer to call staff.
     *
     * @param callStaff the page's own "Call staff" button: after three refusals, or at once for a head
     *                  covering (staff may allow a religious or medical one); the frame's button is then left out
     */
    record Refusal(BufferedImage photo, String title, String problem, String advice, String marked,
                   List<PhotoMarks.Mark> marks, Optional<String> staffOffer, Optional<String> callStaff) {
    }

    record CertificateChoice(String label, String detail, boolean chosen) {
    }

    record Certificates(Chrome chrome, String title, String hint, CertificateChoice signature,
                        CertificateChoice userIdentification, String yes, String no, String proceed) implements ScreenModel {
        public KioskState state() {
            return KioskState.CERTIFICATES;
        }
    }

    /**
     * The date-of-birth keypad: year, month and day each shown as its own group of digits (typed
     * ones filled in, the rest as placeholders) under its label.
     *
     * @param complete whether all eight digits are typed (OK is offered only then)
     */
    record BirthDate(Chrome chrome, String title, String hint, List<String> labels, List<String> groups, String count,
                     Optional<String> refusal, String erase, String ok, boolean complete) implements ScreenModel {
        public KioskState state() {
            return KioskState.BIRTH_DATE;
        }
    }

    /** The braille wish (点字表記): two large answers, the current one marked. */
    record Braille(Chrome chrome, String title, String hint, String yes, String no, boolean chosen) implements ScreenModel {
        public KioskState state() {
            return KioskState.BRAILLE;
        }
    }

    record Submit(Chrome chrome, String title, String formIdLabel, String formId, Optional<BufferedImage> photo,
                  String certificatesLabel, List<String> certificates, String send) implements ScreenModel {
        public KioskState state() {
            return KioskState.SUBMIT;
        }
    }

    /** Stored; waiting a moment for the receiver's receipt. */
    record Sending(Chrome chrome, String title, String hint) implements ScreenModel {
        public KioskState state() {
            return KioskState.SENDING;
        }
    }

    /** The application could not be stored: see staff, nothing was sent. */
    record NotSaved(Chrome chrome, String title, String problem, String whatNext, String retry) implements ScreenModel {
        public KioskState state() {
            return KioskState.NOT_SAVED;
        }
    }

    record Printing(Chrome chrome, String title, String hint) implements ScreenModel {
        public KioskState state() {
            return KioskState.PRINT;
        }
    }

    record Done(Chrome chrome, String title, List<String> lines, Optional<String> printProblem, String reprint,
                boolean reprintEnabled, String finish) implements ScreenModel {
        public KioskState state() {
            return KioskState.DONE;
        }
    }

    record Fault(Chrome chrome, String title, String problem, String whatNext) implements ScreenModel {
        public KioskState state() {
            return KioskState.ERROR;
        }
    }

    /** A resident called staff and waits (issue 12): the lights call too; staff answer by signing in. */
    record CallWaiting(Chrome chrome, String title, String body, String cancel) implements ScreenModel {
        public KioskState state() {
            return KioskState.STAFF_CALLED;
        }
    }

    /** Staff mode: one of the staff screens ({@link StaffScreen}), in the staff language. */
    record Staff(Chrome chrome, StaffScreen screen) implements ScreenModel {
        public KioskState state() {
            return KioskState.STAFF;
        }

        /** Signed in: escape keys and window closing act (they exit the kiosk), as "Exit kiosk" does. */
        public boolean signedIn() {
            return screen.header().exitKiosk().isPresent();
        }
    }

    /** The overlay shown over any screen when the session is about to be wiped. */
    record IdleWarning(String title, String body, String stay, long secondsLeft) {
    }
}
