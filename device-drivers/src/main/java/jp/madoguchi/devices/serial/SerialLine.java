package jp.madoguchi.devices.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One serial port through jssc, opened by explicit path at a baud rate, 8N1, no flow control.
 * Every failure (port absent, unplugged mid-read) surfaces as an {@link IOException} so the
 * scanner has a single "line lost" path.
 */
final class SerialLine {
    private static final Logger LOG = LoggerFactory.getLogger(SerialLine.class);

    private final String path;
    private final int baud;
    private SerialPort port;

    SerialLine(String path, int baud) {
        this.path = path;
        this.baud = baud;
    }

    String path() {
        return path;
    }

    /** Whether the device node is there (a USB scanner's node vanishes when it is unplugged). */
    boolean present() {
        return Files.exists(Path.of(path));
    }

    void open() throws IOException {
        if (!present()) {
            throw new IOException("no device at " + path);
        }
        SerialPort candidate = new SerialPort(path);
        try {
            candidate.openPort();
            // On a pseudo-terminal jssc's setParams returns false because the modem-line query
            // fails, although speed and framing were applied; a real port reporting false is
            // worth a look too, but the scanner may still work, so warn and carry on.
            if (!candidate.setParams(baud, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE)) {
                LOG.warn("serial scanner at {}: setting {} baud 8N1 was not confirmed (expected on a pseudo-terminal); reading anyway",
                    path, baud);
            }
            candidate.setFlowControlMode(SerialPort.FLOWCONTROL_NONE);
            candidate.purgePort(SerialPort.PURGE_RXCLEAR);
        } catch (SerialPortException e) {
            closeQuietly(candidate);
            throw new IOException("cannot open " + path + ": " + e.getExceptionType(), e);
        }
        port = candidate;
    }

    /** What has arrived, or an empty array; never blocks. */
    byte[] readAvailable() throws IOException {
        if (port == null) {
            throw new IOException("not open");
        }
        try {
            int count = port.getInputBufferBytesCount();
            if (count < 0) {
                throw new IOException("line lost at " + path);
            }
            if (count == 0) {
                return new byte[0];
            }
            byte[] bytes = port.readBytes(count);
            return bytes == null ? new byte[0] : bytes;
        } catch (SerialPortException e) {
            throw new IOException("line lost at " + path + ": " + e.getExceptionType(), e);
        }
    }

    void close() {
        if (port != null) {
            closeQuietly(port);
            port = null;
        }
    }

    private static void closeQuietly(SerialPort p) {
        try {
            if (p.isOpened()) {
                p.closePort();
            }
        } catch (SerialPortException | RuntimeException e) {
            LOG.debug("closing serial port failed: {}", e.toString());
        }
    }
}
