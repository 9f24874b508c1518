package jp.madoguchi.kiosk.vision;

/**
 * Loads OpenCV's native library once per process. openpnp's jar carries the library for each
 * platform and {@code loadLocally} extracts it to a temporary folder and loads it from there, so
 * nothing outside the Maven artifact is needed.
 */
public final class OpenCvRuntime {
    private static volatile boolean loaded;

    private OpenCvRuntime() {
    }

    public static synchronized void load() {
        if (!loaded) {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        }
    }
}
