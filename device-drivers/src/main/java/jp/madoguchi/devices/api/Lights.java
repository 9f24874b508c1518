package jp.madoguchi.devices.api;

/** Booth lights, driven over a serial line on real hardware. */
public interface Lights extends Device {
    @Override
    default DeviceKind kind() {
        return DeviceKind.LIGHTS;
    }

    void show(LightScene scene);

    LightScene scene();
}
