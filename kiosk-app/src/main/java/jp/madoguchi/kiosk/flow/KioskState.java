package jp.madoguchi.kiosk.flow;

import java.util.EnumSet;
import java.util.Set;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.devices.api.LightScene;

/**
 * The kiosk's states, one screen each. A state names the devices it cannot work without (a
 * fault in one of them sends the flow to {@link #ERROR}) and the light scene it wants.
 */
public enum KioskState {
    ATTRACT(LightScene.ATTRACT),
    LANGUAGE(LightScene.GUIDE),
    NEED(LightScene.GUIDE),
    GUIDANCE(LightScene.GUIDE),
    SCAN_FORM(LightScene.GUIDE, DeviceKind.CODE_SCANNER),
    PHOTO(LightScene.PHOTO, DeviceKind.CAMERA),
    REVIEW(LightScene.GUIDE),
    CERTIFICATES(LightScene.GUIDE),
    /** The applicant's date of birth, typed on a keypad (year, month, day). */
    BIRTH_DATE(LightScene.GUIDE),
    /** Whether the name is also printed in braille on the card (点字表記). */
    BRAILLE(LightScene.GUIDE),
    /**
     * The last look before sending. It needs no device: Submit stores the application in the
     * outbox, and the outbox's sender reaches the gateway in the background.
     */
    SUBMIT(LightScene.GUIDE),
    /** Stored; a short wait for the receiver's receipt (never longer than the configured wait). */
    SENDING(LightScene.GUIDE),
    /** The outbox could not store the application (disk full, unwritable): see staff; nothing was sent. */
    NOT_SAVED(LightScene.ATTENTION),
    /** Prints on entry and moves on to DONE; a printer fault shows there, with a reprint. */
    PRINT(LightScene.GUIDE),
    DONE(LightScene.DONE),
    ERROR(LightScene.ATTENTION),
    /** A resident called staff and waits; the lights call too. Staff answer by signing in. */
    STAFF_CALLED(LightScene.CALL),
    /** Staff have the kiosk: the flow hands every staff input to the staff desk (issue 12). */
    STAFF(LightScene.GUIDE);

    private final LightScene lights;
    private final Set<DeviceKind> needs;

    KioskState(LightScene lights, DeviceKind... needs) {
        this.lights = lights;
        this.needs = needs.length == 0 ? EnumSet.noneOf(DeviceKind.class) : EnumSet.of(needs[0], needs);
    }

    public LightScene lights() {
        return lights;
    }

    public boolean needs(DeviceKind kind) {
        return needs.contains(kind);
    }

    public Set<DeviceKind> devicesNeeded() {
        return Set.copyOf(needs);
    }

    /** Where a resident may call staff: anywhere in a visit, but not before it starts or while staff are called or here. */
    public boolean residentMayCallStaff() {
        return this != ATTRACT && this != STAFF_CALLED && this != STAFF;
    }
}
