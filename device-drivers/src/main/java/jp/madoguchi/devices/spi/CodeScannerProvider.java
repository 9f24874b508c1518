package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.CodeScanner;

public interface CodeScannerProvider extends DeviceProvider<CodeScannerConfig, CodeScanner> {
}
