package jp.madoguchi.devices.api;

/** The kinds of device a kiosk talks to. Each has an interface, a config record and a provider. */
public enum DeviceKind {
    CAMERA,
    CODE_SCANNER,
    PRINTER,
    LIGHTS,
    /** The link that delivers an application to J-LIS; it fails like a device does. */
    GATEWAY,
    /**
     * The municipality's resident register and application-form issuing service, which staff ask
     * for a new Application Form ID (issue 12); a remote service that fails like a device does.
     */
    REGISTER,
    /** The loudspeaker that reads screens aloud. */
    SPEAKER
}
