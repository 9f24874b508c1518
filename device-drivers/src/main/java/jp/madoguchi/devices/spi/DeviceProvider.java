package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.Device;

/**
 * Creates one kind of device from its config record. Providers are found with
 * {@link java.util.ServiceLoader} and chosen by {@link #id()} from the configuration; the
 * device they return never asks whether it is simulated.
 */
public interface DeviceProvider<C, D extends Device> {
    /** The name used in configuration, e.g. "sim", "webcam", "serial", "cups". */
    String id();

    /**
     * True for providers that stand in for hardware or a remote service. Only the composition
     * root asks (to mark a development kiosk on screen, and to refuse such devices in
     * production); the devices themselves never do.
     */
    default boolean simulated() {
        return false;
    }

    /**
     * Opens the device. A device that is configured but not present yet is returned in the
     * OFFLINE condition rather than failing, so the kiosk starts and recovers when it appears.
     */
    D open(C config);
}
