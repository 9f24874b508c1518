package jp.madoguchi.kiosk.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Byte strings to look for in files and heap dumps, found in one pass however many there are:
 * each position's first four bytes are looked up in a bit set, and only candidates are
 * compared. Held masked (XOR 0x5A) until {@link #reveal()}, so that the test's own copies of
 * residents' data are not what a heap dump of it finds.
 */
final class Needles {
    private static final int MASK = 0x5A;
    private static final int MIN_LENGTH = 8;

    private final List<String> names = new ArrayList<>();
    private final List<byte[]> masked = new ArrayList<>();
    private Map<Integer, List<Integer>> byPrefix;
    private BitSet prefixes;

    /** Adds {@code bytes} under {@code name}; it is kept masked. */
    void add(String name, byte[] bytes) {
        if (bytes.length < MIN_LENGTH) {
            throw new IllegalArgumentException("needles of at least " + MIN_LENGTH + " bytes");
        }
        byte[] m = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            m[i] = (byte) (bytes[i] ^ MASK);
        }
        names.add(name);
        masked.add(m);
    }

    /** The bytes of the first needle named {@code name}, once revealed: to ask a heap dump what holds them. */
    byte[] bytes(String name) {
        return masked.get(names.indexOf(name)).clone();
    }

    int size() {
        return names.size();
    }

    /** The needles in clear, for searching (after the heap was dumped). */
    void reveal() {
        byPrefix = new HashMap<>();
        prefixes = new BitSet(1 << 24);
        for (int n = 0; n < masked.size(); n++) {
            byte[] m = masked.get(n);
            for (int i = 0; i < m.length; i++) {
                m[i] ^= MASK;
            }
            int key = key(m, 0);
            prefixes.set(hash(key));
            byPrefix.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
    }

    /** Names of the needles in {@code file}, read in overlapping chunks. */
    Set<String> in(Path file) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        int longest = masked.stream().mapToInt(b -> b.length).max().orElse(0);
        byte[] buffer = new byte[(8 << 20) + longest];
        try (InputStream in = Files.newInputStream(file)) {
            int carried = 0;
            while (true) {
                int read = in.readNBytes(buffer, carried, buffer.length - carried);
                int length = carried + read;
                search(buffer, length, read == 0 ? length : length - longest + 1, found);
                if (read == 0) {
                    return found;
                }
                carried = Math.min(longest - 1, length);
                System.arraycopy(buffer, length - carried, buffer, 0, carried);
            }
        }
    }

    /** Names of the needles in {@code text}'s UTF-8 bytes. */
    Set<String> in(byte[] bytes) {
        Set<String> found = new LinkedHashSet<>();
        search(bytes, bytes.length, bytes.length, found);
        return found;
    }

    /** Needles starting before {@code starts} and lying wholly within the first {@code length} bytes. */
    private void search(byte[] b, int length, int starts, Set<String> found) {
        for (int i = 0; i + 4 <= length && i < starts; i++) {
            int key = key(b, i);
            if (!prefixes.get(hash(key))) {
                continue;
            }
            for (int n : byPrefix.getOrDefault(key, List.of())) {
                byte[] needle = masked.get(n);
                if (i + needle.length <= length && matches(b, i, needle)) {
                    found.add(names.get(n));
                }
            }
        }
    }

    private static boolean matches(byte[] b, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (b[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static int key(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int hash(int key) {
        return (key * 0x9E3779B1) >>> 8;
    }
}
