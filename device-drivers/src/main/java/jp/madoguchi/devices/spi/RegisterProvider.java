package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.ResidentRegister;

public interface RegisterProvider extends DeviceProvider<RegisterConfig, ResidentRegister> {
}
