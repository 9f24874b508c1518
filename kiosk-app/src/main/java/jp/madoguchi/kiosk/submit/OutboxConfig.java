package jp.madoguchi.kiosk.submit;

import java.nio.file.Path;
import java.util.Optional;

/**
 * @param dir          the folder of the outbox's SQLite file (keep it on persistent storage)
 * @param keyFile      the AES-256 key that seals new rows; created (0600) on first start if absent
 * @param previousKey  an older key that still opens rows sealed before a rotation
 * @param maxMegabytes a ceiling on the outbox's file, so it can never fill the kiosk's disk
 */
public record OutboxConfig(Path dir, Path keyFile, Optional<Path> previousKey, Optional<Integer> maxMegabytes) {
}
