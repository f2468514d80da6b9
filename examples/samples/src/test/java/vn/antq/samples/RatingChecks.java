package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratings of Hướng dẫn 01/HD-BCA-V05 as the national rule pack gives them (docs/vi/to-bao-ve-antt.md), written
 * out independently of the generator and of the rules, to find the cases the samples plant: the window from 15/11 of
 * Y−1 to 14/11 of Y; not rated before 9 months of activity in it or under complaint; above 95% of the tasks EXCELLENT,
 * from 80% GOOD, from 50% COMPLETED, else NOT_COMPLETED; a member's breach caps at COMPLETED, discipline gives
 * NOT_COMPLETED, a Tổ with a member in breach or disciplined is capped at GOOD; in each commune at most 20% of those
 * rated GOOD or better stay EXCELLENT (rounded down; by share, tasks done, id), first for the Tổ, then, once each Tổ
 * trưởng and Tổ phó is kept no higher than the Tổ (save one who joined the Tổ after the window's first day: newly
 * transferred), for the members.
 */
final class RatingChecks {
    static final String NOT_RATED = "NOT_RATED";
    private static final List<String> ORDER = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

    /** The rating of a Tổ or member, and why it changed after the bands. */
    static final class Rated {
        final String id;
        final BigDecimal share;
        final int done;
        String rating;
        boolean outOfQuota;
        boolean cappedByTeam;

        Rated(String id, BigDecimal share, int done, String rating) {
            this.id = id;
            this.share = share;
            this.done = done;
            this.rating = rating;
        }
    }

    private final Map<String, Rated> ratings = new LinkedHashMap<>();

    /** @param dataset a dataset with {@code securityTeams} */
    RatingChecks(JsonNode dataset) {
        int year = dataset.get("year").asInt();
        LocalDate windowStart = LocalDate.of(year - 1, 11, 15);
        LocalDate afterWindow = LocalDate.of(year, 11, 15);
        Map<String, String> parents = new HashMap<>();
        dataset.get("units").forEach(unit -> parents.put(unit.get("id").asText(), unit.path("parent").asText()));
        Map<String, List<Rated>> teamsByCommune = new LinkedHashMap<>();
        Map<String, List<Rated>> membersByCommune = new LinkedHashMap<>();
        List<Rated[]> leaders = new ArrayList<>();
        for (JsonNode team : dataset.get("securityTeams")) {
            String commune = parents.get(team.get("areas").get(0).asText());
            boolean breach = false;
            for (JsonNode member : team.get("members")) {
                breach |= member.get("breaches").asInt() > 0 || member.get("disciplined").asBoolean();
            }
            Rated t = rate(team, team.get("established"), windowStart, afterWindow);
            if (breach && t.rating != null && isBetter(t.rating, "GOOD")) {
                t.rating = "GOOD";
            }
            ratings.put(t.id, t);
            teamsByCommune.computeIfAbsent(commune, c -> new ArrayList<>()).add(t);
            for (JsonNode member : team.get("members")) {
                Rated m = rate(member, member.get("joined"), windowStart, afterWindow);
                if (m.rating != null && member.get("breaches").asInt() > 0 && isBetter(m.rating, "COMPLETED")) {
                    m.rating = "COMPLETED";
                }
                if (m.rating != null && member.get("disciplined").asBoolean()) {
                    m.rating = "NOT_COMPLETED";
                }
                ratings.put(m.id, m);
                membersByCommune.computeIfAbsent(commune, c -> new ArrayList<>()).add(m);
                boolean newlyTransferred = LocalDate.parse(member.get("joined").asText()).isAfter(windowStart);
                if (!member.get("role").asText().equals("MEMBER") && !newlyTransferred) {
                    leaders.add(new Rated[] {m, t});
                }
            }
        }
        teamsByCommune.values().forEach(RatingChecks::quota);
        for (Rated[] pair : leaders) {
            if (pair[0].rating != null && pair[1].rating != null && isBetter(pair[0].rating, pair[1].rating)) {
                pair[0].rating = pair[1].rating;
                pair[0].cappedByTeam = true;
            }
        }
        membersByCommune.values().forEach(RatingChecks::quota);
    }

    /**
     * @param id a Tổ's or member's id
     * @return its rating, or {@value #NOT_RATED}
     */
    String rating(String id) {
        Rated r = ratings.get(id);
        return r.rating == null ? NOT_RATED : r.rating;
    }

    /** @param id a Tổ's or member's id @return whether the quota of its commune took its EXCELLENT */
    boolean outOfQuota(String id) {
        return ratings.get(id).outOfQuota;
    }

    /** @param id a Tổ trưởng's or Tổ phó's id @return whether their rating was lowered to their Tổ's */
    boolean cappedByTeam(String id) {
        return ratings.get(id).cappedByTeam;
    }

    /**
     * @param teams true for the Tổ, false for the members
     * @return how many are rated EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED and not rated, then how many lost their
     *         EXCELLENT to the quota and (members) how many Tổ trưởng and Tổ phó were kept at their Tổ's rating
     */
    Map<String, Long> tally(boolean teams) {
        Map<String, Long> tally = new LinkedHashMap<>();
        List<Rated> chosen = ratings.values().stream().filter(r -> r.id.startsWith("TBV-") == teams).toList();
        for (String rating : ORDER) {
            tally.put(rating, chosen.stream().filter(r -> rating.equals(r.rating)).count());
        }
        tally.put(NOT_RATED, chosen.stream().filter(r -> r.rating == null).count());
        tally.put("out of the quota", chosen.stream().filter(r -> r.outOfQuota).count());
        if (!teams) {
            tally.put("kept at the Tổ's rating", chosen.stream().filter(r -> r.cappedByTeam).count());
        }
        return tally;
    }

    private static Rated rate(JsonNode node, JsonNode since, LocalDate windowStart, LocalDate afterWindow) {
        int assigned = node.get("tasksAssigned").asInt();
        int done = node.get("tasksDone").asInt();
        BigDecimal share = BigDecimal.valueOf(done).divide(BigDecimal.valueOf(assigned), 6, RoundingMode.HALF_UP);
        LocalDate active = LocalDate.parse(since.asText());
        LocalDate start = active.isBefore(windowStart) ? windowStart : active;
        String rating = start.plusMonths(9).isAfter(afterWindow) || node.get("underComplaint").asBoolean() ? null
                : DutyAndServiceChecks.band(node);
        return new Rated(node.get("id").asText(), share, done, rating);
    }

    private static void quota(List<Rated> group) {
        long base = group.stream().filter(r -> r.rating != null && !isBetter("GOOD", r.rating)).count();
        long places = base * 20 / 100;
        List<Rated> excellent = new ArrayList<>(group.stream().filter(r -> "EXCELLENT".equals(r.rating)).toList());
        excellent.sort(Comparator.comparing((Rated r) -> r.share).reversed()
                .thenComparing(r -> r.done, Comparator.reverseOrder()).thenComparing(r -> r.id));
        for (int i = (int) places; i < excellent.size(); i++) {
            excellent.get(i).rating = "GOOD";
            excellent.get(i).outOfQuota = true;
        }
    }

    private static boolean isBetter(String a, String b) {
        return ORDER.indexOf(a) < ORDER.indexOf(b);
    }
}
