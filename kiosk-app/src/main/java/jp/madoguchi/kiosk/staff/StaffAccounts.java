package jp.madoguchi.kiosk.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The staff file: one line per member of staff, {@code ID<TAB>NAME<TAB>PIN HASH}, managed by
 * {@code ./kiosk staff add|remove|list}. Only hashes are stored ({@link PinHash}); the file is
 * written whole to a temporary file and moved into place, readable by its owner only.
 */
public final class StaffAccounts {
    /** A member of staff: the number on their badge (typed on the keypad too), a display name, the PIN's hash. */
    public record Member(String id, String name, String pinHash) {
        @Override
        public String toString() {
            return "Member[" + id + "]";
        }
    }

    private static final String HEADER = "# Madoguchi staff (./kiosk staff add|remove|list). ID<TAB>name<TAB>PIN hash; PINs are never stored.";

    private final List<Member> members;

    private StaffAccounts(List<Member> members) {
        this.members = List.copyOf(members);
    }

    public static StaffAccounts empty() {
        return new StaffAccounts(List.of());
    }

    /** The staff in {@code file}; none if it does not exist yet. A damaged line is named by its number. */
    public static StaffAccounts load(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        List<Member> members = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StaffFileException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || idProblem(fields[0]).isPresent() || !PinHash.wellFormed(fields[2])) {
                throw new StaffFileException(file + ": line " + (i + 1) + " is not ID<TAB>name<TAB>PIN hash");
            }
            members.add(new Member(fields[0], fields[1], fields[2]));
        }
        return new StaffAccounts(members);
    }

    public List<Member> members() {
        return members;
    }

    public Optional<Member> find(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** These accounts plus {@code member}, replacing one with the same ID (a new PIN). */
    public StaffAccounts with(Member member) {
        List<Member> next = new ArrayList<>(members);
        next.removeIf(m -> m.id().equals(member.id()));
        next.add(member);
        next.sort(java.util.Comparator.comparing(Member::id));
        return new StaffAccounts(next);
    }

    public StaffAccounts without(String id) {
        List<Member> next = new ArrayList<>(members);
        next.removeIf(m -> m.id().equals(id));
        return new StaffAccounts(next);
    }

    /** Writes the file atomically, readable and writable by its owner only. */
    public void save(Path file) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        members.forEach(m -> text.append(m.id()).append('\t').append(m.name()).append('\t').append(m.pinHash()).append('\n'));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".staff", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StaffFileException(file + ": cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Staff IDs are 3 to 8 digits, so they can be typed on the kiosk's keypad and printed on a badge. */
    public static Optional<String> idProblem(String id) {
        return id != null && id.matches("[0-9]{3,8}") ? Optional.empty()
            : Optional.of("a staff ID is 3 to 8 digits (it is typed on the kiosk's keypad)");
    }

    public static Optional<String> nameProblem(String name) {
        return name != null && !name.isBlank() && name.length() <= 40 && name.chars().noneMatch(Character::isISOControl)
            ? Optional.empty() : Optional.of("a name is 1 to 40 characters on one line");
    }

    /** 6 to 12 digits, not one digit repeated and not a straight run such as 123456 or 987654. */
    public static Optional<String> pinProblem(char[] pin) {
        boolean digits = true;
        for (char c : pin) {
            digits &= c >= '0' && c <= '9'; // looked at char by char: a PIN never becomes a String
        }
        if (pin.length < 6 || pin.length > 12 || !digits) {
            return Optional.of("a staff PIN is 6 to 12 digits");
        }
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length; i++) {
            same &= pin[i] == pin[0];
            up &= pin[i] == pin[i - 1] + 1;
            down &= pin[i] == pin[i - 1] - 1;
        }
        return same || up || down ? Optional.of("that PIN is too easy to guess (one digit repeated, or a straight run)")
            : Optional.empty();
    }

    /** The staff file cannot be used; the message names it and says why, in plain words. */
    public static final class StaffFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StaffFileException(String message) {
            super(message);
        }
    }
}
