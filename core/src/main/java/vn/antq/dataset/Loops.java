package vn.antq.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the loops of a relation in which each unit names at most one other unit (its parent, its
 * successor): following the relation from some unit comes back to a unit already passed.
 */
final class Loops {

    private Loops() {
    }

    /**
     * @param byId the units by id
     * @param next the id a unit names, or null when it names none
     * @return each loop once, its members in the relation's order starting from the member that comes first
     *         in the dataset
     */
    static List<List<UnitDraft>> find(Map<String, UnitDraft> byId, Function<UnitDraft, String> next) {
        List<List<UnitDraft>> loops = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (UnitDraft start : byId.values()) {
            List<UnitDraft> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            UnitDraft current = start;
            while (current != null && !done.contains(current.id()) && onPath.add(current.id())) {
                path.add(current);
                String nextId = next.apply(current);
                current = nextId == null ? null : byId.get(nextId);
            }
            if (current != null && !done.contains(current.id())) {
                loops.add(fromFirst(path.subList(path.indexOf(current), path.size())));
            }
            done.addAll(onPath);
        }
        return loops;
    }

    /**
     * @param loop the members of a loop, in the relation's order
     * @return the ids joined by arrows, back to the first, e.g. {@code D1 → D2 → D1}
     */
    static String describe(List<UnitDraft> loop) {
        return loop.stream().map(UnitDraft::id).collect(Collectors.joining(" → ")) + " → " + loop.get(0).id();
    }

    private static List<UnitDraft> fromFirst(List<UnitDraft> loop) {
        UnitDraft first = loop.stream().min(Comparator.comparingInt(UnitDraft::index)).orElseThrow();
        int at = loop.indexOf(first);
        List<UnitDraft> ordered = new ArrayList<>(loop.subList(at, loop.size()));
        ordered.addAll(loop.subList(0, at));
        return ordered;
    }
}
