package jp.madoguchi.devices.spi;

/**
 * @param provider "sim" by default; a serial light controller otherwise
 * @param port     explicit serial device path of the light controller
 */
public record LightsConfig(String provider, String port) {
    public static LightsConfig from(Settings s) {
        return new LightsConfig(s.get("lights.provider", "sim"), s.get("lights.port", ""));
    }
}
