package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.Camera;

public interface CameraProvider extends DeviceProvider<CameraConfig, Camera> {
}
