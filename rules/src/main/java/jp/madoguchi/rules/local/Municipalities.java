package jp.madoguchi.rules.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.madoguchi.rules.data.DataNode;

/** The shipped municipality profiles by id ({@code shinjuku}, {@code osaka}, {@code fukuoka}). */
public record Municipalities(Map<String, MunicipalityProfile> byId) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Municipalities {
        byId = Map.copyOf(byId);
    }

    public static Municipalities read(DataNode root) {
        Map<String, MunicipalityProfile> profiles = new LinkedHashMap<>();
        root.members().forEach((id, node) -> {
            if (!ID.matcher(id).matches()) {
                throw root.fail(id, "a municipality id must be lowercase letters, digits and _");
            }
            profiles.put(id, MunicipalityProfile.read(id, node));
        });
        if (profiles.isEmpty()) {
            throw root.failHere("must hold at least one municipality");
        }
        return new Municipalities(profiles);
    }

    public Optional<MunicipalityProfile> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
