package jp.madoguchi.devices.api;

/**
 * What a device can tell about itself. Printers report the full range; other devices use
 * READY, OFFLINE and FAILED. Each condition has a translated message for residents and staff.
 */
public enum DeviceCondition {
    READY,
    /** Unplugged, powered off or unreachable. */
    OFFLINE,
    PAPER_OUT,
    COVER_OPEN,
    JAMMED,
    /** Present but not working (driver error, failed job). */
    FAILED;

    public boolean ready() {
        return this == READY;
    }
}
