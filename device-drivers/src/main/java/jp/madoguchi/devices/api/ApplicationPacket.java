package jp.madoguchi.devices.api;

import java.util.Objects;

/**
 * What the supported-photo-booth route sends to J-LIS: the form ID, the photo and the
 * certificate choices. Never an Individual Number: the form ID exists so none is needed.
 */
public record ApplicationPacket(String formIdDigits, byte[] photoJpeg, boolean signatureCertificate,
                                boolean userIdentificationCertificate) {
    public ApplicationPacket {
        Objects.requireNonNull(formIdDigits, "formIdDigits");
        Objects.requireNonNull(photoJpeg, "photoJpeg");
    }

    @Override
    public String toString() {
        return "ApplicationPacket[form ***" + formIdDigits.substring(Math.max(0, formIdDigits.length() - 4))
            + ", photo " + photoJpeg.length + " bytes]";
    }
}
