package jp.madoguchi.rules.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a municipality's configuration overrides to the raw data trees before they are read, so
 * an overridden value is validated exactly like a shipped one. The key scheme is described on
 * {@code RuleBook}; here a key is {@code section.path.to.value} with numeric segments as list
 * indexes, and a key naming a figure sets its {@code value}.
 */
final class Overrides {
    private Overrides() {
    }

    /** Returns, per section, which dotted field path each key set (for error messages). */
    static Map<String, Map<String, String>> apply(Map<String, String> overrides, Map<String, ObjectNode> trees) {
        Map<String, Map<String, String>> origins = new HashMap<>();
        trees.keySet().forEach(section -> origins.put(section, new HashMap<>()));
        Map<ObjectNode, String> figuresSet = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
            String key = entry.getKey();
            if (entry.getValue() == null) {
                throw new RuleDataException("configuration", null, "the key has no value", key);
            }
            String[] segments = key.split("\\.", -1);
            ObjectNode tree = trees.get(segments[0]);
            if (tree == null || segments.length < 2) {
                throw new RuleDataException("configuration", null, "unknown key: the first part must be one of "
                    + new TreeMap<>(trees).keySet() + " followed by a field", key);
            }
            String file = segments[0] + ".json";
            JsonNode parent = null;
            JsonNode target = tree;
            StringBuilder path = new StringBuilder();
            for (int i = 1; i < segments.length; i++) {
                parent = target;
                target = child(target, segments[i]);
                path.append(i > 1 ? "." : "").append(segments[i]);
                if (target == null) {
                    throw new RuleDataException(file, path.toString(), "no such field, so the key is unknown", key);
                }
            }
            if (isFigure(target)) {
                parent = target;
                target = target.get("value");
                path.append(".value");
            }
            if (isFigure(parent) && path.toString().endsWith(".value")) {
                figuresSet.put((ObjectNode) parent, key.endsWith(".value") ? key.substring(0, key.length() - 6) : key);
            }
            String field = path.substring(path.lastIndexOf(".") + 1);
            set(parent, field, convert(target, entry.getValue(), file, path.toString(), key));
            origins.get(segments[0]).put(path.toString(), key);
        }
        figuresSet.forEach((figure, figureKey) -> {
            // a changed figure must not keep claiming the shipped source
            if (!overrides.containsKey(figureKey + ".source")) {
                figure.put("source", "local configuration (" + figureKey + ")");
            }
        });
        return origins;
    }

    private static boolean isFigure(JsonNode node) {
        return node != null && node.isObject() && node.has("value") && node.has("source");
    }

    private static JsonNode child(JsonNode container, String segment) {
        if (container.isObject()) {
            return container.get(segment);
        }
        if (container.isArray() && segment.matches("[0-9]{1,4}")) {
            return container.get(Integer.parseInt(segment));
        }
        return null;
    }

    private static void set(JsonNode parent, String field, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(field, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(field), value);
        }
    }

    /** The override takes the type of the value it replaces; the data reader then checks ranges. */
    private static JsonNode convert(JsonNode old, String text, String file, String path, String key) {
        if (old.isIntegralNumber()) {
            try {
                return IntNode.valueOf(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                throw new RuleDataException(file, path, "expected a whole number, got '" + text + "'", key);
            }
        }
        if (old.isFloatingPointNumber()) {
            try {
                return com.fasterxml.jackson.databind.node.DoubleNode.valueOf(Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                throw new RuleDataException(file, path, "expected a number, got '" + text + "'", key);
            }
        }
        if (old.isBoolean()) {
            if (!text.strip().equals("true") && !text.strip().equals("false")) {
                throw new RuleDataException(file, path, "expected true or false, got '" + text + "'", key);
            }
            return BooleanNode.valueOf(Boolean.parseBoolean(text.strip()));
        }
        if (old.isArray() && allText(old)) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (String item : text.split(",")) {
                list.add(item.strip());
            }
            return list;
        }
        if (old.isNull()) {
            // an unknown-yet optional value (a null flag or note): true/false/null keep their meaning
            String word = text.strip();
            if (word.equals("true") || word.equals("false")) {
                return BooleanNode.valueOf(Boolean.parseBoolean(word));
            }
            return word.isEmpty() || word.equals("null") ? NullNode.getInstance() : TextNode.valueOf(text);
        }
        if (old.isTextual()) {
            return TextNode.valueOf(text);
        }
        throw new RuleDataException(file, path, "names a group of values, not a single value", key);
    }

    private static boolean allText(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
