package jp.madoguchi.kiosk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), so it cannot drift from the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"madoguchi " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
    }
}
