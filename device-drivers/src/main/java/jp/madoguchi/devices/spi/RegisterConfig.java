package jp.madoguchi.devices.spi;

/**
 * @param provider "sim" by default: a simulated register on loopback HTTP with fictitious residents
 * @param endpoint the form-issuing service's base URL, for provider "http" (docs/REGISTER.md)
 */
public record RegisterConfig(String provider, String endpoint) {
    public static RegisterConfig from(Settings s) {
        return new RegisterConfig(s.get("register.provider", "sim"), s.get("register.endpoint", ""));
    }
}
