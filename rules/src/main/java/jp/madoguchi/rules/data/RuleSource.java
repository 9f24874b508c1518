package jp.madoguchi.rules.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where rule data files come from: the shipped classpath resources, or (in tests) anything else. */
@FunctionalInterface
public interface RuleSource {
    String SHIPPED_ROOT = "jp/madoguchi/rules/data/";

    /** The text of the named data file (e.g. {@code fees.json}), or null when there is none. */
    String read(String fileName);

    /** The data files shipped in this module's resources. */
    static RuleSource shipped() {
        return fileName -> {
            try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(SHIPPED_ROOT + fileName)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule data " + fileName, e);
            }
        };
    }
}
