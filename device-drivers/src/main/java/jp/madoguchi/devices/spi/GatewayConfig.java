package jp.madoguchi.devices.spi;

/**
 * @param provider "sim" by default
 * @param endpoint where the receiving side listens (unused by the simulator)
 */
public record GatewayConfig(String provider, String endpoint) {
    public static GatewayConfig from(Settings s) {
        return new GatewayConfig(s.get("gateway.provider", "sim"), s.get("gateway.endpoint", ""));
    }
}
