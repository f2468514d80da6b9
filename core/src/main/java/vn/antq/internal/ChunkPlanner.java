package vn.antq.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.rules.UnitFact;
import vn.antq.unit.UnitKind;

/**
 * Splits the facts into chunks of about {@code chunkSize} units, one rule session each. A commune and
 * every unit it manages (or, when managed elsewhere, that lies on its territory) go in the same chunk,
 * so that the commune's rules see its units' results; units outside any commune fill chunks of their own.
 */
final class ChunkPlanner {

    private ChunkPlanner() {
    }

    static List<List<UnitFact>> plan(Map<String, UnitFact> facts, FactBuilder tree, int chunkSize) {
        Map<String, List<UnitFact>> groups = new LinkedHashMap<>();
        List<UnitFact> loose = new ArrayList<>();
        for (UnitFact f : facts.values()) {
            String key = groupOf(f, facts, tree);
            if (key == null) {
                loose.add(f);
            } else {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        List<List<UnitFact>> chunks = new ArrayList<>();
        List<UnitFact> current = new ArrayList<>();
        for (List<UnitFact> group : groups.values()) {
            if (!current.isEmpty() && current.size() + group.size() > chunkSize) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.addAll(group);
        }
        for (UnitFact f : loose) {
            if (current.size() >= chunkSize) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(f);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static String groupOf(UnitFact f, Map<String, UnitFact> facts, FactBuilder tree) {
        if (f.getKind() == UnitKind.COMMUNE) {
            return f.getId();
        }
        UnitFact manager = f.getManagerId() == null ? null : facts.get(f.getManagerId());
        if (manager != null && manager.getKind() == UnitKind.COMMUNE) {
            return manager.getId();
        }
        return tree.territoryCommuneOf(f.getId());
    }
}
