package jp.madoguchi.devices.register;

import java.net.URI;
import java.time.Clock;
import jp.madoguchi.devices.api.ResidentRegister;
import jp.madoguchi.devices.spi.RegisterConfig;
import jp.madoguchi.devices.spi.RegisterProvider;
import jp.madoguchi.devices.spi.SettingsException;

/** {@code register.provider=http}: the municipality's form-issuing service at {@code register.endpoint}. */
public final class HttpRegisterProvider implements RegisterProvider {
    @Override
    public String id() {
        return "http";
    }

    @Override
    public ResidentRegister open(RegisterConfig config) {
        if (config.endpoint().isBlank()) {
            throw new SettingsException("register.endpoint", "is needed with register.provider=http (the service's base URL)");
        }
        URI base;
        try {
            base = URI.create(config.endpoint());
        } catch (IllegalArgumentException e) {
            throw new SettingsException("register.endpoint", "is not a URL: \"" + config.endpoint() + "\"");
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new SettingsException("register.endpoint", "must start with http:// or https://, was \"" + config.endpoint() + "\"");
        }
        return new HttpResidentRegister(base, "http:" + base.getHost(), Clock.systemUTC());
    }
}
