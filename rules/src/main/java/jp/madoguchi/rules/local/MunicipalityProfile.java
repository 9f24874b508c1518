package jp.madoguchi.rules.local;

import java.util.List;
import java.util.regex.Pattern;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Provenance;

/**
 * What the kiosk knows about its own municipality: names, counters, how pickup reservations
 * work, support lines and local notes.
 *
 * @param pickupReservationRequired null when the source does not say; the notice then tells
 */
public record MunicipalityProfile(String id, String nameEnglish, String nameJapanese, List<Counter> counters,
                                  Boolean pickupReservationRequired, String reservationNote,
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
        DataNode name = node.object("name").allowOnly("en", "ja");
        List<Counter> counters = node.objects("counters").stream()
            .map(c -> new Counter(c.allowOnly("name", "note").text("name"), c.text("note"))).toList();
        List<SupportLine> lines = node.objects("support_lines").stream().map(MunicipalityProfile::line).toList();
        return new MunicipalityProfile(id, name.text("en"), name.text("ja"), counters,
            node.flagOrNull("pickup_reservation_required"), node.text("reservation_note"), lines,
            node.texts("notes"), node.provenance());
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
        return new SupportLine(line.text("name"), phone, languages, line.text("hours"), note);
    }
}
