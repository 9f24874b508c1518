package jp.madoguchi.devices.api;

import java.time.Instant;

/**
 * A code a scanner decoded, exactly as read. It may be anything: a form ID, a URL, junk, or an
 * Individual Number someone held up by mistake, so {@link #toString()} never shows it.
 */
public record ScannedCode(String payload, Instant readAt) {
    @Override
    public String toString() {
        return "ScannedCode[" + payload.length() + " chars at " + readAt + "]";
    }
}
