package jp.madoguchi.devices.api;

/**
 * The kiosk's loudspeaker: it says what the kiosk reads aloud (a screen's title and instruction),
 * at the volume the site configured. Saying something new cuts off whatever is still being said,
 * so a resident who taps on never hears the screen before last.
 */
public interface Speaker extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.SPEAKER;
    }

    /** Starts saying {@code speech} and returns at once. */
    void say(Speech speech) throws DeviceUnavailableException;

    /** Stops talking (a session ends, the screen changes with nothing to read). */
    void stop();
}
