package jp.madoguchi.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import jp.madoguchi.kiosk.app.Main;
import jp.madoguchi.kiosk.staff.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./kiosk staff add|remove|list and ./kiosk audit verify, as a site's administrator uses them. */
class StaffCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int kiosk(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 4];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--set";
            all[args.length + 1] = "staff.file=" + dir.resolve("staff.tsv");
            all[args.length + 2] = "--set";
            all[args.length + 3] = "audit.db=" + dir.resolve("audit.db");
            return cli.execute(all);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aPinIsReadFromStandardInputAndOnlyItsHashIsStored() throws Exception {
        assertThat(kiosk("730419\n", "staff", "add", "0042", "--name", "Tanaka Hanako")).as(err.toString()).isZero();
        String file = Files.readString(dir.resolve("staff.tsv"));
        assertThat(file).contains("0042\tTanaka Hanako\tpbkdf2-sha256$600000$").doesNotContain("730419");
        assertThat(Files.getPosixFilePermissions(dir.resolve("staff.tsv"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(kiosk("", "staff", "list")).isZero();
        assertThat(out.toString()).contains("0042\tTanaka Hanako").doesNotContain("pbkdf2");
        assertThat(StaffAccounts.load(dir.resolve("staff.tsv")).find("0042")).isPresent();
    }

    @Test
    void weakPinsBadIdsAndDuplicatesAreRefusedInPlainWords() {
        assertThat(kiosk("111111\n", "staff", "add", "0042", "--name", "A")).isEqualTo(2);
        assertThat(kiosk("123456\n", "staff", "add", "0042", "--name", "A")).isEqualTo(2);
        assertThat(kiosk("4829\n", "staff", "add", "0042", "--name", "A")).isEqualTo(2);
        assertThat(kiosk("730419\n", "staff", "add", "42", "--name", "A")).isEqualTo(2);
        assertThat(kiosk("730419\n", "staff", "add", "0042", "--name", "A")).isZero();
        assertThat(kiosk("730420\n", "staff", "add", "0042", "--name", "A")).isEqualTo(2);
        assertThat(err.toString()).contains("too easy to guess", "6 to 12 digits", "3 to 8 digits", "exists already")
            .doesNotContain("Exception");
        assertThat(kiosk("730420\n", "staff", "add", "0042", "--name", "A", "--replace")).isZero();
        assertThat(kiosk("", "staff", "remove", "0042")).isZero();
        assertThat(kiosk("", "staff", "remove", "0042")).isEqualTo(2);
    }

    @Test
    void auditVerifySaysWhetherTheLogWasTamperedWith() throws Exception {
        kiosk("730419\n", "staff", "add", "0042", "--name", "A");
        kiosk("", "staff", "remove", "0042");
        kiosk("581734\n", "staff", "add", "0043", "--name", "B");
        assertThat(kiosk("", "audit", "verify")).isZero();
        assertThat(out.toString()).contains("3 records, hash chain intact");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("audit.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_no_update");
            s.execute("UPDATE audit SET staff = '0099' WHERE seq = 2");
        }
        assertThat(kiosk("", "audit", "verify")).isEqualTo(1);
        assertThat(out.toString()).contains("TAMPERED: record 2 was changed after it was written (records 1 to 1 are intact)");
    }

    @Test
    void noAuditLogIsSaidPlainly() {
        assertThat(kiosk("", "audit", "verify")).isEqualTo(2);
        assertThat(err.toString()).contains("no audit log at");
    }
}
