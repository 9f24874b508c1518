package jp.madoguchi.devices.serial;

import java.time.Clock;
import java.time.Duration;
import jp.madoguchi.devices.api.CodeScanner;
import jp.madoguchi.devices.spi.CodeScannerConfig;
import jp.madoguchi.devices.spi.CodeScannerProvider;
import jp.madoguchi.devices.spi.SettingsException;

/**
 * {@code scanner.provider=serial}: a DENSO WAVE / Honeywell style 2D scanner on a serial line or
 * a USB virtual COM port, at {@code scanner.port} (an explicit path: jssc only lists /dev/tty*
 * names, and udev symlinks such as /dev/serial/by-id/... are what survive a replug) and
 * {@code scanner.baud}, 8N1.
 */
public final class SerialScannerProvider implements CodeScannerProvider {
    @Override
    public String id() {
        return "serial";
    }

    @Override
    public CodeScanner open(CodeScannerConfig config) {
        if (config.port().isBlank() || config.port().indexOf('\0') >= 0) {
            throw new SettingsException("scanner.port", "must name the scanner's device path, e.g. /dev/ttyACM0");
        }
        SerialLine line = new SerialLine(config.port(), config.baud());
        return SerialCodeScanner.start(line, Clock.systemUTC(),
            new Backoff(Duration.ofMillis(250), Duration.ofSeconds(8)));
    }
}
