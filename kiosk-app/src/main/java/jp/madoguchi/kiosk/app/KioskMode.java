package jp.madoguchi.kiosk.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the kiosk runs ({@code kiosk.mode}). In development any device may be simulated, and every
 * screen then says so; in production the kiosk refuses to start while any device is simulated, so
 * a configuration mistake can never leave a ward office with a kiosk that "submits" into memory.
 */
public enum KioskMode {
    DEVELOPMENT, PRODUCTION;

    public static Optional<KioskMode> byName(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
