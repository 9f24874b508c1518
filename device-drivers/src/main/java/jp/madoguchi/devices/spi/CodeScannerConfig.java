package jp.madoguchi.devices.spi;

/**
 * @param provider "sim" by default; "serial" for a DENSO WAVE / Honeywell style scanner
 * @param port     explicit device path, e.g. /dev/ttyACM0 (scanners on USB virtual COM ports)
 * @param baud     9600 to 115200, 8N1
 */
public record CodeScannerConfig(String provider, String port, int baud) {
    public static CodeScannerConfig from(Settings s) {
        return new CodeScannerConfig(
            s.get("scanner.provider", "sim"),
            s.get("scanner.port", ""),
            s.getInt("scanner.baud", 9600, 9600, 115200));
    }
}
