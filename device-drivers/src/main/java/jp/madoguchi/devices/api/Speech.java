package jp.madoguchi.devices.api;

/**
 * Something the kiosk says: the words (as plain text, for the record and for staff), the
 * language they are in (BCP 47 code) and the sound itself, a WAV file of 16-bit PCM.
 */
public record Speech(String text, String language, byte[] wav) {
}
