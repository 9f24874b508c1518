package jp.madoguchi.kiosk.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff PINs are kept only as slow salted hashes: PBKDF2 with HMAC-SHA-256 from the JDK's own
 * provider, 600,000 iterations (OWASP's 2023 figure for this PRF), a 16-byte random salt per PIN.
 * The iteration count travels in the stored text ({@code pbkdf2-sha256$600000$salt$hash}), so a
 * site can raise it later and old entries still verify. PINs arrive as char arrays and are
 * overwritten here once hashed.
 */
public final class PinHash {
    static final String SCHEME = "pbkdf2-sha256";
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PinHash() {
        this(ITERATIONS);
    }

    /** @param iterations fewer only in tests, where six hundred thousand rounds per wrong PIN add up */
    PinHash(int iterations) {
        this.iterations = iterations;
    }

    /** The stored form of {@code pin}; the array is overwritten. */
    public String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        try {
            return SCHEME + "$" + iterations + "$" + b64(salt) + "$" + b64(derive(pin, salt, iterations));
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** Whether {@code pin} is the one {@code stored} was made from; the array is overwritten. */
    public static boolean matches(char[] pin, String stored) {
        try {
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !parts[0].equals(SCHEME)) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin, salt, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException e) {
            return false; // a damaged entry matches no PIN
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** Whether {@code stored} looks like a hash this class made (the staff file's own check). */
    static boolean wellFormed(String stored) {
        return stored.matches(SCHEME + "\\$[1-9][0-9]{3,8}\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+");
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
