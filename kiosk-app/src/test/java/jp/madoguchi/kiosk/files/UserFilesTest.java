package jp.madoguchi.kiosk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a user names are refused in plain words, naming the file as typed and what is wrong. */
class UserFilesTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNamedAsTypedAndSaidToBeMissing() {
        Path typed = dir.resolve("me.jpg");
        assertThatThrownBy(() -> UserFiles.readBytes(typed, 100)).isInstanceOfSatisfying(UserFileException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(typed + ": not found");
            assertThat(e.code()).isEqualTo("file_not_found");
        });
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> UserFiles.readText(dir, 100)).hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void anUnreadableFileSaysSo() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.properties"), "kiosk.language=en\n");
        secret.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
        assertThatThrownBy(() -> UserFiles.readText(secret, 100)).hasMessageContaining("cannot be read (permission denied)");
    }

    @Test
    void invalidUtf8IsReportedWithItsBytePosition() throws Exception {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xFF, 'd'};
        Path file = Files.write(dir.resolve("latin1.json"), bytes);
        assertThatThrownBy(() -> UserFiles.readText(file, 100))
            .hasMessage(file + ": is not UTF-8 text (invalid byte 0xFF at byte 4)");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndDropped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "kiosk.language=en".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        assertThat(UserFiles.readText(Files.write(dir.resolve("windows.properties"), both), 100)).isEqualTo("kiosk.language=en");
    }

    @Test
    void inputOverTheLimitIsRefusedBeforeItFillsMemory() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        assertThatThrownBy(() -> UserFiles.readStandardInput(endless, 4L * 1024 * 1024))
            .hasMessage("(standard input): is too large (more than 4 MB)");
    }

    @Test
    void inputWithinTheLimitIsReadWhole() throws Exception {
        assertThat(UserFiles.readStandardInput(new ByteArrayInputStream("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)), 8))
            .isEqualTo("{\"a\": 1}");
    }

    @Test
    void aBadEscapeInAPropertiesFileNamesItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.properties"),
            "kiosk.language=en\n# a comment with \\\\u in it is fine\nprinter.queue=kiosk\\u12G4\n");
        assertThatThrownBy(() -> PropertiesFile.read(file)).isInstanceOfSatisfying(UserFileException.class, e ->
            assertThat(e.getMessage()).startsWith(file + ": is not valid (bad escape \"\\u12G4\" at line 3"));
    }

    @Test
    void propertiesWithBomEscapesAndContinuationsAreRead() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, ("\uFEFFkiosk.language=ja\nprinter.queue=a\\\n  b\nkiosk.municipality=\\u0073hinjuku\n")
            .getBytes(StandardCharsets.UTF_8));
        assertThat(PropertiesFile.read(file)).isEqualTo(Map.of("kiosk.language", "ja", "printer.queue", "ab",
            "kiosk.municipality", "shinjuku"));
    }
}
