package jp.madoguchi.rules.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw rule data: one JSON file per section ({@code fees} is {@code fees.json}), parsed,
 * overridden by configuration, and handed out as strict {@link DataNode}s.
 */
public final class RuleData {
    private final Map<String, ObjectNode> trees;
    private final Map<String, Map<String, String>> origins;
    private final Evidence loaded = new Evidence();

    private RuleData(Map<String, ObjectNode> trees, Map<String, Map<String, String>> origins) {
        this.trees = trees;
        this.origins = origins;
    }

    public static RuleData load(RuleSource source, List<String> sections, Map<String, String> overrides) {
        Map<String, ObjectNode> trees = new LinkedHashMap<>();
        for (String section : sections) {
            trees.put(section, parse(section + ".json", source.read(section + ".json")));
        }
        return new RuleData(trees, Overrides.apply(overrides, trees));
    }

    /** The top-level object of a section's file. */
    public DataNode root(String section) {
        return new DataNode(section + ".json", "", trees.get(section), origins.get(section), loaded);
    }

    /** Every figure read so far: the sources and oldest "as of" date of the whole rule book. */
    public Evidence loaded() {
        return loaded;
    }

    private static ObjectNode parse(String file, String text) {
        if (text == null) {
            throw new RuleDataException(file, null, "missing from the rule data", null);
        }
        JsonNode tree;
        try {
            tree = StrictJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new RuleDataException(file, null, "not valid JSON" + where + ": " + e.getOriginalMessage(), null);
        }
        if (tree == null || !tree.isObject()) {
            throw new RuleDataException(file, null, "must hold one JSON object", null);
        }
        return (ObjectNode) tree;
    }
}
