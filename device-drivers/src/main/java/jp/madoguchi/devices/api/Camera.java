package jp.madoguchi.devices.api;

import java.util.function.Consumer;

/** The photo camera: a live view to guide the resident, and a still for the application. */
public interface Camera extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.CAMERA;
    }

    /** Starts delivering live frames to {@link #onFrame} listeners (idempotent). */
    void startLiveView() throws DeviceUnavailableException;

    /** Stops the live view and frees the frame thread (idempotent). */
    void stopLiveView();

    Subscription onFrame(Consumer<Frame> listener);

    /** Takes a still photo now. */
    Frame capture() throws DeviceUnavailableException;
}
