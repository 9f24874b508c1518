package jp.madoguchi.sim.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The simulated register's residents: made-up people from residents.json, so no real person is described. */
public final class FictitiousResidents {
    /** A register entry of the simulation. */
    public record Entry(String code, String name, LocalDate born, String address) {
    }

    private final List<Entry> entries;

    private FictitiousResidents(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FictitiousResidents builtIn() {
        try (InputStream in = FictitiousResidents.class.getResourceAsStream("residents.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode r : root.path("residents")) {
                entries.add(new Entry(r.path("code").asText(), r.path("name").asText(), LocalDate.parse(r.path("born").asText()),
                    r.path("address").asText()));
            }
            return new FictitiousResidents(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator's residents.json is unreadable", e);
        }
    }

    public List<Entry> all() {
        return entries;
    }

    public Optional<Entry> byCode(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Same words in any order, ignoring case, accents, spaces and punctuation ("Van An Nguyen" finds "NGUYEN VAN AN"). */
    public List<Entry> find(String name, LocalDate born) {
        List<String> wanted = words(name);
        return entries.stream().filter(e -> e.born().equals(born) && words(e.name()).equals(wanted)).toList();
    }

    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).sorted().toList();
    }
}
