package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.ApplicationGateway;

public interface GatewayProvider extends DeviceProvider<GatewayConfig, ApplicationGateway> {
}
