package jp.madoguchi.devices.gateway;

import java.time.Clock;
import jp.madoguchi.devices.api.ApplicationGateway;
import jp.madoguchi.devices.spi.GatewayConfig;
import jp.madoguchi.devices.spi.GatewayProvider;

/** {@code gateway.provider=http}: the receiving side at {@code gateway.endpoint}, over HTTP(S). */
public final class HttpGatewayProvider implements GatewayProvider {
    @Override
    public String id() {
        return "http";
    }

    @Override
    public ApplicationGateway open(GatewayConfig config) {
        return new HttpApplicationGateway(config, Clock.systemUTC());
    }
}
