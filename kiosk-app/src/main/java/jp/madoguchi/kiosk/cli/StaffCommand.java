package jp.madoguchi.kiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.devices.spi.Settings;
import jp.madoguchi.kiosk.app.KioskConfig;
import jp.madoguchi.kiosk.staff.AuditLog;
import jp.madoguchi.kiosk.staff.PinHash;
import jp.madoguchi.kiosk.staff.StaffAccounts;
import jp.madoguchi.kiosk.staff.StaffDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kiosk staff add|remove|list}: the staff file (staff.file). A PIN is read from the
 * terminal without echo (twice), or as one line from standard input when that is not a terminal;
 * never from the command line, so it stays out of shell history and process lists. Only its
 * PBKDF2 hash is written. Changes are recorded in the audit log.
 */
@Command(name = "staff", mixinStandardHelpOptions = true, description = "Manage the staff who may sign in to staff mode.",
    subcommands = {StaffCommand.Add.class, StaffCommand.Remove.class, StaffCommand.List.class})
public final class StaffCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a member of staff, or give one a new PIN with --replace.",
            "The PIN (6 to 12 digits) is asked on the terminal, or read as one line from standard input."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOptions config;
        @Parameters(index = "0", paramLabel = "ID", description = "Staff ID: 3 to 8 digits (on the badge, typed on the keypad).")
        String id;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name staff screens show.")
        String name;
        @Option(names = "--replace", description = "Replace an existing member's name and PIN.")
        boolean replace;

        @Override
        public Integer call() {
            Settings settings = config.settings();
            Optional<String> problem = StaffAccounts.idProblem(id).or(() -> StaffAccounts.nameProblem(name));
            if (problem.isPresent()) {
                return fail(spec, problem.get());
            }
            Path file = KioskConfig.staffFile(settings);
            StaffAccounts accounts = StaffAccounts.load(file);
            if (accounts.find(id).isPresent() && !replace) {
                return fail(spec, "staff ID " + id + " exists already in " + file + " (use --replace to give a new PIN)");
            }
            char[] pin;
            try {
                pin = readPin(spec);
            } catch (IOException e) {
                return fail(spec, "could not read the PIN: " + e.getMessage());
            }
            Optional<String> pinProblem = StaffAccounts.pinProblem(pin);
            if (pinProblem.isPresent()) {
                Arrays.fill(pin, '\0');
                return fail(spec, pinProblem.get());
            }
            accounts.with(new StaffAccounts.Member(id, name.strip(), new PinHash().hash(pin))).save(file);
            audit(settings, AuditLog.Action.STAFF_ADDED, id, replace ? "PIN replaced from the command line" : "added from the command line");
            spec.commandLine().getOut().println("staff " + id + " (" + name.strip() + ") can sign in; PIN stored as a hash in " + file);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a member of staff.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOptions config;
        @Parameters(index = "0", paramLabel = "ID", description = "Staff ID.")
        String id;

        @Override
        public Integer call() {
            Settings settings = config.settings();
            Path file = KioskConfig.staffFile(settings);
            StaffAccounts accounts = StaffAccounts.load(file);
            if (accounts.find(id).isEmpty()) {
                return fail(spec, "no staff ID " + id + " in " + file);
            }
            accounts.without(id).save(file);
            audit(settings, AuditLog.Action.STAFF_REMOVED, id, "removed from the command line");
            spec.commandLine().getOut().println("staff " + id + " removed from " + file);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the staff: ID and name (never PINs or hashes).")
    static final class List implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() {
            Path file = KioskConfig.staffFile(config.settings());
            StaffAccounts accounts = StaffAccounts.load(file);
            if (accounts.members().isEmpty()) {
                spec.commandLine().getOut().println("no staff in " + file + " yet: add one with ./kiosk staff add ID --name NAME");
            }
            accounts.members().forEach(m -> spec.commandLine().getOut().println(m.id() + "\t" + m.name()));
            return 0;
        }
    }

    /** The PIN, twice without echo on a terminal; else the first line of standard input. */
    static char[] readPin(CommandSpec spec) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("PIN (6 to 12 digits, not shown): ");
            char[] again = console.readPassword("The same PIN again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                Arrays.fill(first == null ? new char[0] : first, '\0');
                Arrays.fill(again == null ? new char[0] : again, '\0');
                throw new IOException("the two PINs differ");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) {
            throw new IOException("standard input was empty (give the PIN as one line, e.g. from a file)");
        }
        return line.strip().toCharArray();
    }

    static void audit(Settings settings, AuditLog.Action action, String staffId, String detail) {
        try (StaffDatabase db = StaffDatabase.open(KioskConfig.auditDatabase(settings))) {
            new AuditLog(db, Clock.systemUTC()).append(action, staffId, detail);
        }
    }

    static int fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("kiosk " + spec.qualifiedName().replace("kiosk ", "") + ": " + message);
        spec.commandLine().getErr().flush();
        return BAD_INPUT;
    }
}
