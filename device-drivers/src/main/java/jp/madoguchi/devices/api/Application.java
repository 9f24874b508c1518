package jp.madoguchi.devices.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One application of the supported-photo-booth route, as the receiving side gets it: the form ID,
 * the applicant's date of birth, the certificate choices, whether the name is also printed in
 * braille on the card (点字表記), the J-LIS photo file, which kiosk took it and when. Never an
 * Individual Number: the form ID exists so that none is needed.
 *
 * <p>{@code key} identifies this application for its whole life (the HTTP {@code Idempotency-Key}):
 * the same across every retry and restart, so the receiver can turn "at least once" into "exactly
 * once". The record holds its own copy of the photo: the session's buffer is wiped when the resident
 * leaves, and the application must outlive that.
 */
public record Application(UUID key, String formIdDigits, LocalDate dateOfBirth, boolean signatureCertificate,
                          boolean userIdentificationCertificate, boolean brailleName, byte[] photoJpeg,
                          String kioskId, Instant takenAt) {
    public Application {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(formIdDigits, "formIdDigits");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(takenAt, "takenAt");
        photoJpeg = Objects.requireNonNull(photoJpeg, "photoJpeg").clone();
    }

    /** The form ID's last four digits: enough for staff to tell two forms apart, useless to anyone else. */
    public String formIdTail() {
        return formIdDigits.substring(Math.max(0, formIdDigits.length() - 4));
    }

    /** Overwrites this record's copy of the photo, once it is stored elsewhere (sealed, or sent). */
    public void erasePhoto() {
        java.util.Arrays.fill(photoJpeg, (byte) 0);
    }

    @Override
    public String toString() {
        return "Application[" + key + ", form ***" + formIdTail() + ", photo " + photoJpeg.length + " bytes]";
    }
}
