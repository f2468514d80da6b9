package vn.antq.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" as the national rule pack reviews it (docs/vi/ky-niem-chuong.md),
 * written out independently of the generator and of the rules, to find the cases the samples plant. The regime is
 * that of the proposal date P: TT 20/2025/TT-BCA from 28/4/2025, TT 11/2021/TT-BCA before.
 *
 * <p>A member needs 15 years of service (a man) or 10 (a woman) on P: the time in the Tổ from joining and each
 * earlier period (both days included), each in calendar months and days, doubled in an ESPECIALLY_DIFFICULT, BORDER
 * or ISLAND area, the odd days adding up at 30 to a month; under TT 20 also "hoàn thành tốt nhiệm vụ". A leader needs
 * 5 years (TT 11) or 10 (TT 20) in posts, concurrent posts counted once; an award dated before P (under TT 11 not
 * only the commune chairman's Giấy khen); achievements in the movement; no serious incident nor social-evil hotspot
 * (both regimes); a category the regime names. Nobody prosecuted, in compulsory education or holding the Kỷ niệm
 * chương or a Huy chương Chiến sĩ vẻ vang or Vì an ninh Tổ quốc. Who meets all that is deferred when a case is pending
 * or a discipline served, to be confirmed when a case is not recorded.
 */
final class MedalChecks {
    /** The verdict of a member whose service falls short (the report counts them, it does not list them). */
    static final String SHORT = "SHORT";
    static final String MET = "MET";
    /** A pending case or a discipline being served: considered again later ("hoãn xét"). */
    static final String DEFERRED = "DEFERRED";
    /** A case not recorded: to be confirmed ("cần xác nhận"). */
    static final String TO_CONFIRM = "NEEDS_CONFIRMATION";
    private static final List<String> CASES = List.of("underDiscipline", "pendingDiscipline", "underInvestigation",
            "pendingInspection", "pendingComplaint", "pressCorruption");
    private static final Set<String> TT_11_CATEGORIES = Set.of("POLITICAL_SYSTEM_COMMUNE_UP", "PUBLIC_SCHOOL",
            "NON_PUBLIC_SCHOOL", "STATE_ENTERPRISE");
    private static final Set<String> TT_20_CATEGORIES = Set.of("POLITICAL_SYSTEM_COMMUNE_UP", "PUBLIC_SCHOOL",
            "STATE_ENTERPRISE");
    private static final LocalDate TT_20 = LocalDate.of(2025, 4, 28);
    private static final Set<String> EXCLUDING = DutyAndServiceChecks.DECORATIONS;

    private final LocalDate proposal;
    private final boolean tt20;
    private final JsonNode dataset;
    private final Map<String, String> verdicts = new LinkedHashMap<>();

    /** @param dataset a dataset with {@code securityTeams}, {@code leaders} and {@code medalProposalDate} */
    MedalChecks(JsonNode dataset) {
        this.dataset = dataset;
        proposal = LocalDate.parse(dataset.get("medalProposalDate").asText());
        tt20 = !proposal.isBefore(TT_20);
        for (JsonNode team : dataset.get("securityTeams")) {
            for (JsonNode member : team.get("members")) {
                verdicts.put(member.get("id").asText(), member(member));
            }
        }
        for (JsonNode leader : dataset.get("leaders")) {
            verdicts.put(leader.get("id").asText(), leader(leader));
        }
    }

    /**
     * @param id a member's or leader's id
     * @return {@value #MET}, {@value #SHORT} (a member short of time), {@code NOT_MET} and the reasons,
     *         {@value #DEFERRED} or {@value #TO_CONFIRM}
     */
    String verdict(String id) {
        return verdicts.get(id);
    }

    /**
     * @param prefix {@code TV-} for the members, {@code LD-} for the leaders
     * @return how many of them meet every condition, fall short of time (members), miss something else, are deferred
     *         or are to be confirmed
     */
    Map<String, Long> tally(String prefix) {
        Map<String, Long> tally = new LinkedHashMap<>();
        List<String> chosen = verdicts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).toList();
        tally.put(MET, chosen.stream().filter(MET::equals).count());
        tally.put(SHORT, chosen.stream().filter(SHORT::equals).count());
        tally.put("NOT_MET", chosen.stream().filter(v -> v.startsWith("NOT_MET")).count());
        tally.put(DEFERRED, chosen.stream().filter(DEFERRED::equals).count());
        tally.put(TO_CONFIRM, chosen.stream().filter(TO_CONFIRM::equals).count());
        return tally;
    }

    /** @return the counted service of a member on P, in months and odd days */
    long[] service(JsonNode member) {
        long months = 0;
        long days = 0;
        LocalDate joined = LocalDate.parse(member.get("joined").asText());
        List<long[]> parts = new ArrayList<>();
        if (joined.isBefore(proposal)) {
            parts.add(part(joined, proposal, member.get("areaType").asText()));
        }
        for (JsonNode period : member.path("earlierService")) {
            LocalDate to = LocalDate.parse(period.get("to").asText());
            LocalDate end = to.isBefore(proposal) ? to.plusDays(1) : proposal;
            LocalDate from = LocalDate.parse(period.get("from").asText());
            if (from.isBefore(end)) {
                parts.add(part(from, end, period.get("areaType").asText()));
            }
        }
        for (long[] part : parts) {
            months += part[0];
            days += part[1];
        }
        return new long[] {months + days / 30, days % 30};
    }

    /**
     * Asserts each planted member case: gender, counted service (months, days) and verdict.
     *
     * @param cases rows of id, gender, months, days, verdict
     * @return the dataset's members by id
     */
    Map<String, JsonNode> assertMembers(List<List<Object>> cases) {
        Map<String, JsonNode> members = new HashMap<>();
        dataset.get("securityTeams").forEach(team -> team.get("members").forEach(m -> members.put(
                m.get("id").asText(), m)));
        for (List<Object> c : cases) {
            JsonNode member = members.get((String) c.get(0));
            assertEquals(c.get(1), member.get("gender").asText(), c.toString());
            long[] service = service(member);
            assertEquals(List.of(c.get(2), c.get(3)), List.of(service[0], service[1]), c.toString());
            assertEquals(c.get(4), verdict((String) c.get(0)), c.toString());
        }
        return members;
    }

    private static long[] part(LocalDate from, LocalDate end, String areaType) {
        Period p = Period.between(from, end);
        int weight = DutyAndServiceChecks.DOUBLED.contains(areaType) ? 2 : 1;
        return new long[] {weight * p.toTotalMonths(), weight * p.getDays()};
    }

    private String member(JsonNode member) {
        int years = member.get("gender").asText().equals("FEMALE") ? 10 : 15;
        if (service(member)[0] < 12L * years) {
            return SHORT;
        }
        List<String> reasons = exclusions(member);
        if (tt20 && !member.get("goodInService").asBoolean()) {
            reasons.add("not good in service");
        }
        return verdict(reasons, member);
    }

    private String leader(JsonNode leader) {
        List<String> reasons = new ArrayList<>();
        int years = tt20 ? 10 : 5;
        if (daysInPost(leader) < ChronoUnit.DAYS.between(proposal.minusYears(years), proposal)) {
            reasons.add("time");
        }
        boolean awarded = false;
        for (JsonNode award : leader.get("awards")) {
            boolean accepted = tt20 || !award.get("award").asText().equals("GIAY_KHEN_CHU_TICH_XA");
            awarded |= accepted && LocalDate.parse(award.get("date").asText()).isBefore(proposal);
        }
        if (!awarded) {
            reasons.add("award");
        }
        if (!leader.get("movementAchievement").asBoolean()) {
            reasons.add("achievement");
        }
        if (leader.get("seriousIncidents").asBoolean()) {
            reasons.add("incidents");
        }
        if (leader.path("socialEvilHotspot").asBoolean()) {
            reasons.add("hotspot");
        }
        if (!(tt20 ? TT_20_CATEGORIES : TT_11_CATEGORIES).contains(leader.path("category").asText())) {
            reasons.add("category");
        }
        reasons.addAll(exclusions(leader));
        return verdict(reasons, leader);
    }

    private long daysInPost(JsonNode leader) {
        List<LocalDate[]> posts = new ArrayList<>();
        for (JsonNode post : leader.get("posts")) {
            LocalDate to = post.has("to") ? LocalDate.parse(post.get("to").asText()) : null;
            posts.add(new LocalDate[] {LocalDate.parse(post.get("from").asText()),
                    to == null || !to.isBefore(proposal) ? proposal : to.plusDays(1)});
        }
        posts.sort(Comparator.comparing((LocalDate[] p) -> p[0]));
        long days = 0;
        LocalDate covered = LocalDate.MIN;
        for (LocalDate[] post : posts) {
            LocalDate start = post[0].isBefore(covered) ? covered : post[0];
            if (start.isBefore(post[1])) {
                days += ChronoUnit.DAYS.between(start, post[1]);
                covered = post[1];
            }
        }
        return days;
    }

    private static List<String> exclusions(JsonNode person) {
        List<String> reasons = new ArrayList<>();
        person.path("decorations").forEach(code -> {
            if (EXCLUDING.contains(code.asText())) {
                reasons.add(code.asText());
            }
        });
        if (person.get("prosecuted").asBoolean()) {
            reasons.add("prosecuted");
        }
        if (person.get("compulsoryEducation").asBoolean()) {
            reasons.add("compulsory education");
        }
        return reasons;
    }

    /**
     * @return NOT_MET and the reasons when a condition fails; else {@value #DEFERRED} when a case is pending or a
     *         discipline served; else {@value #TO_CONFIRM} when a case is not recorded; else {@value #MET}
     */
    private static String verdict(List<String> reasons, JsonNode person) {
        if (!reasons.isEmpty()) {
            return "NOT_MET " + String.join(", ", reasons);
        }
        JsonNode cases = person.path("cases");
        boolean unknown = false;
        for (String flag : CASES) {
            JsonNode value = cases.path(flag);
            if (value.asBoolean()) {
                return DEFERRED;
            }
            unknown |= !value.isBoolean();
        }
        return unknown ? TO_CONFIRM : MET;
    }
}
