package jp.madoguchi.kiosk.submit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for rows of the outbox: a fresh 96-bit nonce per row, a 128-bit tag, and the row's
 * application key as associated data, so a sealed application cannot be moved to another row
 * unnoticed.
 */
final class Sealer {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final OutboxKeys keys;

    /** A sealed row: which key, the nonce, the ciphertext with its tag. */
    record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    Sealer(OutboxKeys keys) {
        this.keys = keys;
    }

    Sealed seal(UUID row, byte[] plain) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, row);
        return new Sealed(keys.currentId(), nonce, cipher.doFinal(plain));
    }

    /** @throws GeneralSecurityException when no configured key sealed it, or it was altered */
    byte[] open(UUID row, Sealed sealed) throws GeneralSecurityException {
        SecretKey key = keys.byId(sealed.keyId()).orElseThrow(() -> new GeneralSecurityException(
            "sealed with key " + sealed.keyId() + ", which is not configured (outbox.key.file, outbox.key.previous.file)"));
        return cipher(Cipher.DECRYPT_MODE, key, sealed.nonce(), row).doFinal(sealed.ciphertext());
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, UUID row) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(row.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
