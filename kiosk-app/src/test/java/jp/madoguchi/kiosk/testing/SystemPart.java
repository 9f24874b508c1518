package jp.madoguchi.kiosk.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need a part of the system (a font package, socat, CUPS) skip with the reason and
 * the install command when it is absent, so a developer's first `./mvnw verify` says what to
 * install; with CI=true a missing part fails instead, because CI installs everything.
 */
public final class SystemPart {
    private SystemPart() {
    }

    public static void require(boolean present, String what, String debianPackage) {
        if (present) {
            return;
        }
        String reason = what + " is missing: install it with `sudo apt-get install -y " + debianPackage + "` (.ci/run does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + reason);
        }
        System.err.println("SKIPPED: " + reason);
        assumeTrue(false, reason);
    }
}
