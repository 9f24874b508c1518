package jp.madoguchi.kiosk.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.devices.api.DeviceKind;
import jp.madoguchi.kiosk.documents.PrintedText;
import jp.madoguchi.kiosk.flow.Confirmation;
import jp.madoguchi.kiosk.flow.FlowSnapshot;
import jp.madoguchi.kiosk.ui.model.ScreenModel;
import jp.madoguchi.kiosk.ui.model.ScreenModels;
import jp.madoguchi.sim.device.SimPrinter;
import jp.madoguchi.sim.gateway.GatewayCounts;
import jp.madoguchi.sim.gateway.GatewaySimulator;

/** Checks a scenario's expectations against the kiosk as it is now, saying what it found when it differs. */
final class Expectations {
    /** One expectation's result: met or not, and what the kiosk showed instead. */
    record Result(Step.Check check, boolean met, String actual) {
    }

    private Expectations() {
    }

    static List<Result> check(Step.Expect expect, ScenarioKiosk kiosk) {
        List<Result> results = new ArrayList<>();
        for (Step.Check c : expect.checks()) {
            String actual = actual(c, kiosk);
            boolean met = switch (c.what()) {
                case "message" -> actual.equals("shown");
                case "no_message" -> actual.equals("not shown");
                case "printed_text" -> actual.equals("printed");
                case "metrics" -> Double.parseDouble(actual.replace(" (absent)", "")) == Double.parseDouble(c.expected());
                default -> actual.equals(c.expected());
            };
            results.add(new Result(c, met, describe(c, actual, kiosk)));
        }
        return results;
    }

    private static String actual(Step.Check c, ScenarioKiosk kiosk) {
        FlowSnapshot s = kiosk.now();
        return switch (c.what()) {
            case "screen" -> s.state().name().toLowerCase(Locale.ROOT);
            case "language" -> s.language().code();
            case "staff_page" -> s.staff().map(v -> v.page().name().toLowerCase(Locale.ROOT)).orElse("none (not in staff mode)");
            case "confirmation" -> s.confirmation().map(Expectations::confirmation).orElse("none");
            case "session_ended" -> kiosk.ended().isEmpty() ? "none yet" : kiosk.ended().get(kiosk.ended().size() - 1).outcome();
            case "lights" -> kiosk.lights.scene().name().toLowerCase(Locale.ROOT);
            case "form_id" -> s.formId().map(id -> id.digits()).orElse("none");
            case "photo_refusal" -> photoRefusal(s);
            case "message" -> ScreenTexts.shows(texts(s), c.expected(), language(s)) ? "shown" : "not shown";
            case "no_message" -> ScreenTexts.shows(texts(s), c.expected(), language(s)) ? "shown" : "not shown";
            case "printed" -> String.join(", ", kiosk.printer.jobs().stream().map(SimPrinter.PrintedJob::title).sorted().toList());
            case "printed_text" -> printedText(kiosk).contains(PrintedText.squash(c.expected())) ? "printed" : "not printed";
            case "gateway" -> String.valueOf(gateway(kiosk, c.key()));
            case "outbox" -> String.valueOf(switch (c.key()) {
                case "pending" -> kiosk.outbox().status().pending();
                case "refused" -> kiosk.outbox().status().refused();
                default -> kiosk.outbox().status().unreadable();
            });
            case "metrics" -> metric(kiosk.metrics().text(), c.key());
            case "device" -> kiosk.devices.of(kind(c.key())).status().condition().name().toLowerCase(Locale.ROOT);
            default -> throw new IllegalStateException(c.what());
        };
    }

    private static String describe(Step.Check c, String actual, ScenarioKiosk kiosk) {
        if (c.what().equals("message") || c.what().equals("no_message")) {
            return actual + "; the screen says: " + String.join(" | ", texts(kiosk.now()));
        }
        if (c.what().equals("printed")) {
            return actual.isEmpty() ? "nothing printed in this session" : actual;
        }
        return actual;
    }

    private static String confirmation(Confirmation c) {
        return c instanceof Confirmation.Sent ? "sent" : c instanceof Confirmation.Saved ? "saved" : "refused";
    }

    private static String photoRefusal(FlowSnapshot s) {
        return s.photoCoaching().refusal().filter(r -> s.photo().isEmpty()).map(r -> r.verdict().first().code())
            .or(() -> s.photoCoaching().instruction().map(r -> r.code()))
            .orElse("none");
    }

    private static ScreenModel screen(FlowSnapshot s) {
        return ScreenModels.of(s);
    }

    private static List<String> texts(FlowSnapshot s) {
        List<String> texts = new ArrayList<>(ScreenTexts.of(screen(s)));
        ScreenModels.idleWarning(s).ifPresent(w -> texts.addAll(ScreenTexts.of(w)));
        return texts;
    }

    private static jp.madoguchi.kiosk.flow.Language language(FlowSnapshot s) {
        return screen(s).chrome().language();
    }

    private static String printedText(ScenarioKiosk kiosk) {
        StringBuilder all = new StringBuilder();
        for (SimPrinter.PrintedJob job : kiosk.printer.jobs()) {
            try {
                all.append(PrintedText.squashed(job.pdf()));
            } catch (IOException e) {
                all.append("(unreadable ").append(job.title()).append(')');
            }
        }
        return all.toString();
    }

    private static long gateway(ScenarioKiosk kiosk, String what) {
        GatewayCounts counts = kiosk.gateway.simulator().counts();
        return switch (what) {
            case "received" -> kiosk.arrived.size();
            case "doubled" -> doubled(kiosk.arrived) + counts.conflicts();
            case "refused" -> counts.refused();
            case "repeated" -> counts.repeated();
            case "failed" -> counts.failed();
            default -> counts.dropped();
        };
    }

    /** Form IDs that arrived more than once (under different keys: the same key again is one application). */
    private static long doubled(List<GatewaySimulator.Stored> arrived) {
        Map<String, Integer> byForm = new HashMap<>();
        arrived.forEach(a -> byForm.merge(a.formIdDigits(), 1, Integer::sum));
        return byForm.values().stream().filter(n -> n > 1).count();
    }

    /** The series' value in the scrape; a series never observed reads 0, as Prometheus treats an absent counter. */
    private static String metric(String scrape, String series) {
        Optional<String> line = scrape.lines().filter(l -> l.startsWith(series + " ")).findFirst();
        return line.map(l -> String.valueOf(Double.parseDouble(l.substring(series.length() + 1).strip().split(" ")[0])))
            .orElse("0.0 (absent)");
    }

    static DeviceKind kind(String device) {
        return device.equals("scanner") ? DeviceKind.CODE_SCANNER : DeviceKind.valueOf(device.toUpperCase(Locale.ROOT));
    }
}
