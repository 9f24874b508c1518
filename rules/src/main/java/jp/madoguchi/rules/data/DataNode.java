package jp.madoguchi.rules.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict reader over one object of a rule data file. Every problem (a missing field, a field
 * of the wrong type, an unknown field that is probably a typo) fails with the file and the
 * dotted field path, plus the configuration key when an override put the value there.
 */
public final class DataNode {
    private final String file;
    private final String path;
    private final JsonNode node;
    private final Map<String, String> overrideKeys;
    private final Evidence loaded;

    DataNode(String file, String path, JsonNode node, Map<String, String> overrideKeys, Evidence loaded) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.overrideKeys = overrideKeys;
        this.loaded = loaded;
    }

    public String path() {
        return path;
    }

    /** Refuses any field not named, so a misspelt field in a data file cannot silently vanish. */
    public DataNode allowOnly(String... names) {
        Set<String> allowed = Set.of(names);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw fail(name, "unknown field (expected one of " + String.join(", ", names) + ")");
            }
        }
        return this;
    }

    public DataNode object(String name) {
        JsonNode child = node.get(name);
        if (child == null || !child.isObject()) {
            throw fail(name, child == null ? "missing" : "must be an object");
        }
        return new DataNode(file, join(name), child, overrideKeys, loaded);
    }

    /** The members of an object used as a map (municipalities by id, phrases by code), in file order. */
    public Map<String, DataNode> members() {
        Map<String, DataNode> out = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> out.put(name, object(name)));
        return out;
    }

    /** The members of an object whose values are all text (e.g. a phrase in each language). */
    public Map<String, String> textMembers() {
        Map<String, String> out = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> out.put(name, text(name)));
        return out;
    }

    /**
     * Text residents read, in one or more languages: either plain text (English) or an object of
     * BCP 47 tags to text ({@code {"en": ..., "ja": ..., "vi": ...}}) that must hold English.
     */
    public Map<String, String> textByLanguage(String name) {
        JsonNode value = node.get(name);
        if (value != null && value.isObject()) {
            Map<String, String> out = object(name).textMembers();
            if (!out.containsKey("en")) {
                throw fail(name + ".en", "missing (English is the text every language falls back to)");
            }
            return out;
        }
        return Map.of("en", text(name));
    }

    public List<DataNode> objects(String name) {
        JsonNode list = node.get(name);
        if (list == null || !list.isArray()) {
            throw fail(name, list == null ? "missing" : "must be a list");
        }
        List<DataNode> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw fail(name + "." + i, "must be an object");
            }
            out.add(new DataNode(file, join(name + "." + i), list.get(i), overrideKeys, loaded));
        }
        return out;
    }

    public String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fail(name, value == null ? "missing" : "must be non-empty text");
        }
        return value.asText();
    }

    /** Optional text: absent or null gives null, anything present must be non-empty text. */
    public String textOrNull(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : text(name);
    }

    public List<String> texts(String name) {
        JsonNode list = node.get(name);
        if (list == null || !list.isArray()) {
            throw fail(name, list == null ? "missing" : "must be a list of text");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                throw fail(name + "." + i, "must be non-empty text");
            }
            out.add(list.get(i).asText());
        }
        return List.copyOf(out);
    }

    /** true, false, or null for "not known" (the field must still be present, to show it was considered). */
    public Boolean flagOrNull(String name) {
        JsonNode value = node.get(name);
        if (value == null || !(value.isBoolean() || value.isNull())) {
            throw fail(name, value == null ? "missing" : "must be true, false or null");
        }
        return value.isNull() ? null : value.asBoolean();
    }

    public LocalDate date(String name) {
        String text = text(name);
        try {
            return LocalDate.parse(text, StrictJson.DATE);
        } catch (DateTimeParseException e) {
            throw fail(name, "must be a real date as YYYY-MM-DD, got '" + text + "'");
        }
    }

    public int wholeNumber(String name, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()
            || value.asInt() < min || value.asInt() > max) {
            throw fail(name, "must be a whole number from " + min + " to " + max
                + (value == null ? ", but is missing" : ", got " + value));
        }
        return value.asInt();
    }

    /** A number with a fraction (photo thresholds), within [min, max]. */
    public double decimal(String name, double min, double max) {
        JsonNode value = node.get(name);
        if (value == null || !value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            throw fail(name, "must be a number from " + min + " to " + max
                + (value == null ? ", but is missing" : ", got " + value));
        }
        return value.asDouble();
    }

    public boolean flag(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isBoolean()) {
            throw fail(name, "must be true or false" + (value == null ? ", but is missing" : ", got " + value));
        }
        return value.asBoolean();
    }

    /** Reads a figure object {value, source, as_of, note?}; {@code read} extracts the value from it. */
    public <T> Figure<T> figure(String name, ValueReader<T> read) {
        DataNode figure = object(name).allowOnly("value", "source", "as_of", "note");
        Figure<T> out = new Figure<>(read.read(figure, "value"), figure.text("source"), figure.date("as_of"));
        loaded.cite(out.source(), out.asOf());
        return out;
    }

    /** This object's own {@code source} and {@code as_of}, for data sourced as a whole (a profile, a phrase). */
    public Provenance provenance() {
        Provenance out = new Provenance(text("source"), date("as_of"));
        loaded.cite(out.source(), out.asOf());
        return out;
    }

    /** A problem with this object as a whole. */
    public RuleDataException failHere(String problem) {
        return new RuleDataException(file, path.isEmpty() ? null : path, problem, overrideKey(path));
    }

    public RuleDataException fail(String name, String problem) {
        String field = join(name);
        return new RuleDataException(file, field, problem, overrideKey(field));
    }

    /** The key that set this field or a group holding it (a whole list set by one key). */
    private String overrideKey(String field) {
        for (String at = field; !at.isEmpty(); at = at.contains(".") ? at.substring(0, at.lastIndexOf('.')) : "") {
            if (overrideKeys.containsKey(at)) {
                return overrideKeys.get(at);
            }
        }
        return null;
    }

    private String join(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** How to read a figure's value field: {@code (node, field) -> node.wholeNumber(field, 0, 9)}. */
    @FunctionalInterface
    public interface ValueReader<T> {
        T read(DataNode node, String field);
    }
}
