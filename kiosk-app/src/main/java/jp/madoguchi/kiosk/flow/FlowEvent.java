package jp.madoguchi.kiosk.flow;

import jp.madoguchi.rules.advice.Need;
import jp.madoguchi.devices.api.DeviceStatus;
import jp.madoguchi.kiosk.staff.StaffInput;

/**
 * Everything that can happen to the kiosk: a resident's tap, a device's report, the clock.
 * Resident events count as activity and reset the idle timer; device and clock events do not.
 */
public sealed interface FlowEvent {
    /** True for events caused by the resident (they keep the session alive). */
    default boolean byResident() {
        return true;
    }

    /** A tap anywhere; on the idle warning it means "I'm still here". */
    record Touch() implements FlowEvent {
    }

    record Begin() implements FlowEvent {
    }

    record Back() implements FlowEvent {
    }

    /** Cancel everything, wipe the session, back to the attract screen. */
    record StartOver() implements FlowEvent {
    }

    record ChooseLanguage(Language language) implements FlowEvent {
    }

    record ChooseNeed(Need need) implements FlowEvent {
    }

    /** A code from the scanner (or a payload typed on the keypad): any text, validated by the rules. */
    record CodeRead(String payload) implements FlowEvent {
        @Override
        public String toString() {
            return "CodeRead[" + payload.length() + " chars]";
        }
    }

    /** The form's QR will not scan (damaged, faded): open the keypad to type the 23 digits. */
    record TypeFormId() implements FlowEvent {
    }

    /** A digit key on the manual-entry keypad. Never printed: together they may be a personal number. */
    record KeyDigit(int digit) implements FlowEvent {
        @Override
        public String toString() {
            return "KeyDigit[]";
        }
    }

    record EraseDigit() implements FlowEvent {
    }

    /** "OK" on the keypad: the typed digits go through the same parser as a scanned code. */
    record SubmitTyped() implements FlowEvent {
    }

    /** "I have no form": go to the guidance for a lost form. */
    record NoForm() implements FlowEvent {
    }

    record TakePhoto() implements FlowEvent {
    }

    record AcceptPhoto() implements FlowEvent {
    }

    record Retake() implements FlowEvent {
    }

    /** The live view's latest judged frame (issue 4); sent by the analyser, not the resident. */
    record PhotoChecked(PhotoReport report) implements FlowEvent {
        @Override
        public boolean byResident() {
            return false;
        }

        @Override
        public String toString() {
            return "PhotoChecked[" + report.verdict().outcome() + "]";
        }
    }

    /**
     * The resident asks for a member of staff (lost form, three refused photos, a device fault): the
     * kiosk shows a waiting screen and the lights call, until staff sign in or the resident cancels.
     */
    record CallStaff() implements FlowEvent {
    }

    /** The resident no longer waits for staff: back to where they were. */
    record CancelCall() implements FlowEvent {
    }

    /** A long press on the screen's staff corner: staff sign-in with the keypad (a badge scan does the same). */
    record StaffCorner() implements FlowEvent {
    }

    /** What staff do in staff mode; handed to the staff desk. Never printed (PIN digits, names). */
    record Staff(StaffInput input) implements FlowEvent {
        @Override
        public String toString() {
            return "Staff[" + input.getClass().getSimpleName() + "]";
        }
    }

    /**
     * Staff (in staff mode) accept the refused photo's religious or medical head covering. The flow
     * makes this event itself when staff choose it on their menu ({@code StaffInput.AcceptHeadCovering});
     * handed in from outside it is ignored, so no resident screen can send it. The photo is accepted
     * only when the covering is the refusal's one reason and the face is not covered.
     */
    record StaffAcceptHeadCovering() implements FlowEvent {
    }

    record ChooseCertificates(boolean signature, boolean userIdentification) implements FlowEvent {
    }

    /** "OK" on the date-of-birth keypad (the digits themselves come as {@link KeyDigit}s). */
    record ConfirmBirthDate() implements FlowEvent {
    }

    /** Whether the name should also be printed in braille on the card (点字表記). */
    record ChooseBraille(boolean wanted) implements FlowEvent {
    }

    /** Store the application (the outbox), then it is sent in the background. Also "try again" after a failed store. */
    record Submit() implements FlowEvent {
    }

    /** The receiver acknowledged the application with this key; sent by the outbox's sender. */
    record ApplicationSent(java.util.UUID key, String receipt) implements FlowEvent {
        @Override
        public boolean byResident() {
            return false;
        }
    }

    /** The receiver refused the application with this key (it is kept for staff). */
    record ApplicationRefused(java.util.UUID key, String reason) implements FlowEvent {
        @Override
        public boolean byResident() {
            return false;
        }
    }

    /** The application with this key could not be delivered yet; the outbox will try again. */
    record ApplicationDeferred(java.util.UUID key) implements FlowEvent {
        @Override
        public boolean byResident() {
            return false;
        }
    }

    /** Print (or reprint, from the done screen) the resident's sheets. */
    record Print() implements FlowEvent {
    }

    record Finish() implements FlowEvent {
    }

    record DeviceChanged(DeviceStatus status) implements FlowEvent {
        @Override
        public boolean byResident() {
            return false;
        }
    }

    /** The clock moved; the flow checks the idle timer. */
    record Tick() implements FlowEvent {
        @Override
        public boolean byResident() {
            return false;
        }
    }
}
