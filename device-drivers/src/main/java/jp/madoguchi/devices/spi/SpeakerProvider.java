package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.Speaker;

public interface SpeakerProvider extends DeviceProvider<SpeakerConfig, Speaker> {
}
