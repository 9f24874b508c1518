package jp.madoguchi.rules.local;

import java.util.List;
import java.util.regex.Pattern;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Provenance;

/**
 * What the kiosk knows about its own municipality: names, counters, how pickup reservations
 * work, support lines and local notes. What residents read on the sheets is {@link LocalText}:
 * plain English, or the municipality's words in each language it wrote them in.
 *
 * @param pickupReservationRequired null when the source does not say; the notice then tells
 */
public record MunicipalityProfile(String id, LocalText name, List<Counter> counters,
                                  Boolean pickupReservationRequired, LocalText reservationNote,
                                  List<SupportLine> supportLines, List<String> notes, Provenance provenance) {
    private static final Pattern PHONE = Pattern.compile("[0-9]{2,5}-[0-9]{1,4}-[0-9]{3,4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public MunicipalityProfile {
        counters = List.copyOf(counters);
        supportLines = List.copyOf(supportLines);
        notes = List.copyOf(notes);
    }

    public static MunicipalityProfile read(String id, DataNode node) {
        node.allowOnly("name", "counters", "pickup_reservation_required", "reservation_note", "support_lines",
            "notes", "source", "as_of");
        LocalText name = new LocalText(node.textByLanguage("name"));
        if (name.in("ja").isEmpty()) {
            throw node.fail("name.ja", "missing (the name on the office's own signs)");
        }
        List<Counter> counters = node.objects("counters").stream()
            .map(c -> new Counter(new LocalText(c.allowOnly("name", "note").textByLanguage("name")),
                new LocalText(c.textByLanguage("note")))).toList();
        List<SupportLine> lines = node.objects("support_lines").stream().map(MunicipalityProfile::line).toList();
        return new MunicipalityProfile(id, name, counters, node.flagOrNull("pickup_reservation_required"),
            new LocalText(node.textByLanguage("reservation_note")), lines, node.texts("notes"), node.provenance());
    }

    private static SupportLine line(DataNode line) {
        line.allowOnly("name", "phone", "languages", "hours", "note");
        String phone = line.text("phone");
        if (!PHONE.matcher(phone).matches()) {
            throw line.fail("phone", "must be a Japanese phone number like 092-753-6113, got '" + phone + "'");
        }
        List<String> languages = line.texts("languages");
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGE.matcher(languages.get(i)).matches()) {
                throw line.fail("languages." + i, "must be a language tag such as en or vi, got '" + languages.get(i) + "'");
            }
        }
        String note = line.textOrNull("note");
        return new SupportLine(new LocalText(line.textByLanguage("name")), phone, languages,
            new LocalText(line.textByLanguage("hours")), note);
    }

    public String nameEnglish() {
        return name.english();
    }

    public String nameJapanese() {
        return name.in("ja").orElseThrow();
    }
}
