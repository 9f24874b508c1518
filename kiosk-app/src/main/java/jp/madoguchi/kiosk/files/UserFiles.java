package jp.madoguchi.kiosk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads what a user hands the kiosk on the command line: always bounded (a file or standard
 * input larger than the limit is refused before it fills memory), always decoded strictly, and
 * every failure said in plain words naming the file as the user typed it. Relative paths resolve
 * against the folder the user ran the command in (the launcher never changes it).
 */
public final class UserFiles {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private UserFiles() {
    }

    /** The bytes of {@code file}, refused when missing, a directory, unreadable or over {@code maxBytes}. */
    public static byte[] readBytes(Path file, long maxBytes) throws UserFileException {
        if (!Files.exists(file)) {
            throw new UserFileException(file, UserFileException.Problem.NOT_FOUND, null);
        }
        if (Files.isDirectory(file)) {
            throw new UserFileException(file, UserFileException.Problem.IS_DIRECTORY, null);
        }
        if (!Files.isReadable(file)) {
            throw new UserFileException(file, UserFileException.Problem.NOT_READABLE, null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readBounded(in, file, maxBytes);
        } catch (NoSuchFileException e) {
            throw new UserFileException(file, UserFileException.Problem.NOT_FOUND, null);
        } catch (AccessDeniedException e) {
            throw new UserFileException(file, UserFileException.Problem.NOT_READABLE, null);
        } catch (IOException e) {
            throw new UserFileException(file, UserFileException.Problem.UNREADABLE, e.getClass().getSimpleName());
        }
    }

    /** At most {@code maxBytes} from {@code in}; more is refused as {@code TOO_LARGE}, naming {@code what}. */
    public static byte[] readBounded(InputStream in, Path what, long maxBytes) throws UserFileException, IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        byte[] buffer = new byte[Math.min(cap, 64 * 1024)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (buffer.length >= cap) {
                    break;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, (long) buffer.length * 2));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        if (length > maxBytes) {
            throw new UserFileException(what, UserFileException.Problem.TOO_LARGE, "more than " + size(maxBytes));
        }
        return Arrays.copyOf(buffer, length);
    }

    /** {@code file} as UTF-8 text (a leading byte-order mark is dropped). */
    public static String readText(Path file, long maxBytes) throws UserFileException {
        return utf8(readBytes(file, maxBytes), file);
    }

    /**
     * Strict UTF-8: invalid bytes are refused with their position, never replaced or guessed. A
     * UTF-8 byte-order mark (as Windows editors write) is accepted and dropped.
     */
    public static String utf8(byte[] bytes, Path what) throws UserFileException {
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new UserFileException(what, UserFileException.Problem.NOT_UTF8,
                String.format("invalid byte 0x%02X at byte %d", bytes[at] & 0xff, at + 1));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new UserFileException(what, UserFileException.Problem.NOT_UTF8, "incomplete character at the end");
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** A byte count as people say it: "4 MB", "512 KB". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** Standard input as the file "-" is read: bounded, strict UTF-8. */
    public static String readStandardInput(InputStream in, long maxBytes) throws UserFileException {
        Path stdin = Path.of("(standard input)");
        try {
            return utf8(readBounded(in, stdin, maxBytes), stdin);
        } catch (IOException e) {
            throw new UserFileException(stdin, UserFileException.Problem.UNREADABLE, e.getClass().getSimpleName());
        }
    }
}
