package jp.madoguchi.kiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy test's explanation names what keeps data alive: a static field, through the objects between. */
class HeapDumpPathsTest {
    /** Stands for a cache that kept something it should not have. */
    private static List<Object> kept;

    @TempDir
    Path folder;

    @Test
    void namesTheStaticFieldAndTheObjectsThatKeepBytesAlive() throws Exception {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String secret = "secret-" + HexFormat.of().formatHex(random); // made at run time: in no class file
        kept = List.of(new StringBuilder(secret));
        try {
            Path dump = folder.resolve("kept.hprof");
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
            String why = HeapDumpPaths.explain(dump, secret.getBytes(StandardCharsets.US_ASCII), 10);
            assertThat(why).contains("held in a primitive array")
                .contains("static jp.madoguchi.kiosk.privacy.HeapDumpPathsTest.kept")
                .contains("java.lang.AbstractStringBuilder.value");
        } finally {
            kept = null;
        }
    }
}
