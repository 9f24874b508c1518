package jp.madoguchi.kiosk.submit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's AES-256 keys. The current key seals new rows; it is read from its file, or created
 * there on first start (32 random bytes, base64, mode 0600). A previous key, when configured, still
 * opens rows sealed before a rotation (docs/OUTBOX.md). Each row names the key that sealed it by a
 * short id (the first bytes of the key's SHA-256), so a row no configured key opens is reported,
 * never decrypted into garbage.
 */
final class OutboxKeys {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxKeys.class);
    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> byId;

    private OutboxKeys(String currentId, Map<String, SecretKey> byId) {
        this.currentId = currentId;
        this.byId = byId;
    }

    static OutboxKeys load(Path current, Optional<Path> previous) throws OutboxException {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        SecretKey now = Files.exists(current) ? read(current) : create(current);
        String id = id(now);
        keys.put(id, now);
        if (previous.isPresent()) {
            SecretKey old = read(previous.get());
            keys.putIfAbsent(id(old), old);
        }
        return new OutboxKeys(id, keys);
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static SecretKey read(Path file) throws OutboxException {
        try {
            byte[] raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (raw.length != KEY_BYTES) {
                throw new OutboxException("outbox key file " + file + " does not hold a 256-bit key (base64 of 32 bytes)");
            }
            warnIfOthersCanRead(file);
            return new SecretKeySpec(raw, "AES");
        } catch (IOException e) {
            throw new OutboxException("outbox key file " + file + " cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new OutboxException("outbox key file " + file + " is not base64", e);
        }
    }

    /** Written beside, then moved into place: a crash never leaves half a key that would strand rows. */
    private static SecretKey create(Path file) throws OutboxException {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".outbox-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("outbox key created at {} (mode 0600)", file);
            return new SecretKeySpec(raw, "AES");
        } catch (IOException | UnsupportedOperationException e) {
            throw new OutboxException("outbox key file " + file + " cannot be created: " + e.getMessage(), e);
        }
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("outbox key file {} is readable by others ({}); it should be 0600",
                    file, PosixFilePermissions.toString(p));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
    }

    private static String id(SecretKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
