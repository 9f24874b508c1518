package jp.madoguchi.devices.spi;

import jp.madoguchi.devices.api.Printer;

public interface PrinterProvider extends DeviceProvider<PrinterConfig, Printer> {
}
