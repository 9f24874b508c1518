package jp.madoguchi.rules.routes;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Evidence;
import jp.madoguchi.rules.data.Figure;

/** What to bring on each occasion, as data so a municipality can adjust a list by configuration. */
public record Checklists(Map<Occasion, Figure<List<ChecklistItem>>> byOccasion) {

    public Checklists {
        byOccasion = Map.copyOf(byOccasion);
    }

    public static Checklists read(DataNode root) {
        root.allowOnly(Arrays.stream(Occasion.values()).map(Occasion::field).toArray(String[]::new));
        Map<Occasion, Figure<List<ChecklistItem>>> lists = new EnumMap<>(Occasion.class);
        for (Occasion occasion : Occasion.values()) {
            lists.put(occasion, root.figure(occasion.field(), Checklists::items));
        }
        return new Checklists(lists);
    }

    public List<ChecklistItem> items(Occasion occasion, Evidence evidence) {
        return evidence.use(byOccasion.get(occasion));
    }

    private static List<ChecklistItem> items(DataNode node, String field) {
        return node.texts(field).stream().map(code -> {
            try {
                return ChecklistItem.valueOf(code);
            } catch (IllegalArgumentException e) {
                throw node.fail(field, "unknown checklist item '" + code + "'");
            }
        }).toList();
    }
}
