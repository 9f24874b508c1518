package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.Lights;

public interface LightsProvider extends DeviceProvider<LightsConfig, Lights> {
}
