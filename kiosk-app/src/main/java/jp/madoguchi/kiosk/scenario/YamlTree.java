package jp.madoguchi.kiosk.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as a tree whose every node knows its line, so a mistake is reported where the
 * author wrote it. Read with Jackson's YAML parser, token by token (its object tree forgets lines).
 */
record YamlTree(Object value, int line) {
    static YamlTree read(Reader in, String file) {
        try (JsonParser parser = new YAMLFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(file, 1, "the file is empty; a scenario has at least name: and steps:");
            }
            return node(parser, file);
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                ? p.getLocation().getLineNr() : 1;
            throw new ScenarioException(file, line, "not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    private static YamlTree node(JsonParser parser, String file) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlTree> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (map.put(key, node(parser, file)) != null) {
                    throw new ScenarioException(file, keyLine, "\"" + key + "\" is given twice here");
                }
            }
            return new YamlTree(map, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlTree> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(node(parser, file));
            }
            return new YamlTree(list, line);
        }
        return new YamlTree(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    boolean isScalar() {
        return value instanceof String;
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlTree> map() {
        return (Map<String, YamlTree>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlTree> list() {
        return (List<YamlTree>) value;
    }

    String text() {
        return (String) value;
    }
}
