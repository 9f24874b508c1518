package jp.madoguchi.kiosk.staff;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signing in: the staff ID (from a badge, or typed), then the PIN on the keypad, checked against
 * the staff file's hashes under the {@link EntryLock}. A wrong ID and a wrong PIN look the same to
 * whoever is typing, and take the same time; only known staff IDs reach the audit log.
 */
final class StaffSignIn {
    private static final int MAX_PIN = 12;
    /** Compared against for an unknown ID, so a wrong ID takes as long as a wrong PIN. */
    private static final String DECOY = new PinHash().hash("000000".toCharArray());

    private final Supplier<StaffAccounts> accounts;
    private final EntryLock lock;
    private final AuditLog audit;
    private final StringBuilder id = new StringBuilder();
    private final char[] pin = new char[MAX_PIN];
    private int pinLength;
    private boolean askingPin;

    StaffSignIn(Supplier<StaffAccounts> accounts, EntryLock lock, AuditLog audit) {
        this.accounts = accounts;
        this.lock = lock;
        this.audit = audit;
    }

    void start(Optional<String> badgeId) {
        clear();
        badgeId.ifPresent(id::append);
        askingPin = badgeId.isPresent();
    }

    StaffPage page() {
        return askingPin ? StaffPage.SIGN_IN_PIN : StaffPage.SIGN_IN_ID;
    }

    StaffView.SignIn view() {
        return new StaffView.SignIn(id.toString(), pinLength, lock.lockedUntil());
    }

    /** One key on the sign-in pages. @return the member once signed in */
    Result on(StaffInput input) {
        Optional<Instant> locked = lock.lockedUntil();
        if (locked.isPresent()) {
            clearPin();
            return Result.notice(StaffView.Notice.of("signIn.locked", locked.get()));
        }
        if (input instanceof StaffInput.Digit d && d.digit() >= 0 && d.digit() <= 9) {
            if (askingPin && pinLength < MAX_PIN) {
                pin[pinLength++] = (char) ('0' + d.digit());
            } else if (!askingPin && id.length() < 8) {
                id.append((char) ('0' + d.digit()));
            }
        } else if (input instanceof StaffInput.Erase) {
            if (askingPin && pinLength > 0) {
                pin[--pinLength] = '\0';
            } else if (!askingPin && id.length() > 0) {
                id.setLength(id.length() - 1);
            }
        } else if (input instanceof StaffInput.Back && askingPin) {
            clear();
        } else if (input instanceof StaffInput.Enter) {
            return askingPin ? check() : askPin();
        }
        return Result.NOTHING;
    }

    private Result askPin() {
        if (StaffAccounts.idProblem(id.toString()).isPresent()) {
            return Result.notice(StaffView.Notice.of("signIn.idDigits"));
        }
        askingPin = true;
        return Result.NOTHING;
    }

    private Result check() {
        Optional<StaffAccounts.Member> member = accounts.get().find(id.toString());
        char[] typed = Arrays.copyOf(pin, pinLength);
        clearPin();
        boolean right = PinHash.matches(typed, member.map(StaffAccounts.Member::pinHash).orElse(DECOY)) && member.isPresent();
        if (right) {
            lock.reset();
            audit.append(AuditLog.Action.LOGIN, member.get().id(), "signed in");
            StaffAccounts.Member signedIn = member.get();
            clear();
            return new Result(Optional.of(signedIn), Optional.empty());
        }
        // an unknown ID is logged as "-": it may be anything a passer-by typed, even a personal number
        String who = member.map(StaffAccounts.Member::id).orElse("-");
        Optional<Instant> lockedNow = lock.wrong();
        audit.append(AuditLog.Action.PIN_WRONG, who, member.isPresent() ? "wrong PIN" : "unknown staff ID");
        if (lockedNow.isPresent()) {
            audit.append(AuditLog.Action.LOCKOUT, who, "staff entry locked until "
                + lockedNow.get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            clear();
            return Result.notice(StaffView.Notice.of("signIn.locked", lockedNow.get()));
        }
        return Result.notice(StaffView.Notice.of("signIn.wrong", lock.triesLeft()));
    }

    private void clearPin() {
        Arrays.fill(pin, '\0');
        pinLength = 0;
    }

    /** Forgets what was typed. */
    void clear() {
        clearPin();
        id.setLength(0);
        askingPin = false;
    }

    record Result(Optional<StaffAccounts.Member> signedIn, Optional<StaffView.Notice> notice) {
        static final Result NOTHING = new Result(Optional.empty(), Optional.empty());

        static Result notice(StaffView.Notice notice) {
            return new Result(Optional.empty(), Optional.of(notice));
        }
    }
}
