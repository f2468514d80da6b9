package vn.antq.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.rules.national.ReferenceStandard.Tri;
import vn.antq.unit.Unit;

/**
 * A plain-Java reading of Luật 30/2023/QH15 (Điều 13 member conditions, Điều 14 staffing as Thanh Hóa sets it, the
 * monthly support of NQ 27/2024/NQ-HĐND) and of Hướng dẫn 01/HD-BCA-V05 (team and member ratings, the 20 % quota per
 * commune, the leader cap), from domain.md §5, docs/vi/to-bao-ve-antt.md and decisions 0010 and 0013, without the
 * engine's vocabulary ({@code Rate}, {@code RatingRound}, {@code Eligibility}). Values are the documents' own.
 *
 * <p>Readings: "từ đủ 18 tuổi đến đủ 70 tuổi": from the 18th birthday to the end of the 70th; over 70 the chairman's
 * decision and the health are both needed. Residence "từ 01 năm trở lên": the anniversary of the first day of
 * residence. The rating window of year Y is 15/11/(Y−1)–14/11/Y; active 9 months counted from the later of the
 * founding (joining) day and the window's first day. A known reason not to rate (short activity, a complaint) wins
 * over missing data, and so does a known level: a member disciplined in the window is "không hoàn thành" whatever
 * the tasks, one under 80 % of the tasks is rated without knowing the breaches (they cap at "hoàn thành"). The quota: floor(20 % × number rated GOOD or better) places per commune (the parent of the
 * team's first area), ranked by share of tasks done, then tasks done, then id; teams first, then the leaders and
 * deputies capped at their team's rating (unless they joined after the window's first day), then the members.
 */
final class ReferenceTeams {
    private static final Set<AreaType> PRIMARY_ENOUGH = EnumSet.of(AreaType.BORDER, AreaType.MOUNTAIN,
            AreaType.ISLAND, AreaType.ESPECIALLY_DIFFICULT, AreaType.ETHNIC_MINORITY);

    /** A rating before or after the quota: status, and the level when RATED. */
    record Rated(RatingStatus status, Rating rating) {
        static final Rated INSUFFICIENT = new Rated(RatingStatus.INSUFFICIENT_DATA, null);
        static final Rated NOT_RATED = new Rated(RatingStatus.NOT_RATED, null);
    }

    /** What the reference concludes for the teams of a dataset. */
    record Result(Map<String, Tri> staffed, Map<String, Tri> eligible, Map<String, BigDecimal> support,
                  Map<String, Rated> teamRating, Map<String, Rated> memberRating) {
    }

    private ReferenceTeams() {
    }

    static Result evaluate(Dataset d) {
        LocalDate ref = d.referenceDate();
        LocalDate windowStart = LocalDate.of(d.year() - 1, 11, 15);
        LocalDate windowEnd = LocalDate.of(d.year(), 11, 14);
        Map<String, Unit> units = new HashMap<>();
        d.units().forEach(u -> units.put(u.id(), u));
        Map<String, Tri> staffed = new LinkedHashMap<>();
        Map<String, Tri> eligible = new LinkedHashMap<>();
        Map<String, BigDecimal> support = new HashMap<>();
        Map<String, Rated> teamRating = new LinkedHashMap<>();
        Map<String, Rated> memberRating = new LinkedHashMap<>();
        Map<String, List<SecurityTeam>> teamsByCommune = new LinkedHashMap<>();
        for (SecurityTeam t : d.securityTeams()) {
            staffed.put(t.id(), staffed(t));
            for (TeamMember m : t.members()) {
                eligible.put(m.id(), eligible(m, ref));
                support.put(m.id(), support(t, m, ref));
                memberRating.put(m.id(), rateMember(m, windowStart, windowEnd));
            }
            teamRating.put(t.id(), rateTeam(t, windowStart, windowEnd));
            Unit area = t.areaIds().isEmpty() ? null : units.get(t.areaIds().get(0));
            String commune = area == null ? null : area.parentId();
            teamsByCommune.computeIfAbsent(commune, k -> new ArrayList<>()).add(t);
        }
        for (List<SecurityTeam> teams : teamsByCommune.values()) {
            quota(teams.stream().map(t -> new Ranked(t.id(), t.duty())).toList(), teamRating);
            List<Ranked> members = new ArrayList<>();
            for (SecurityTeam t : teams) {
                Rated team = teamRating.get(t.id());
                for (TeamMember m : t.members()) {
                    boolean capped = (m.role() == TeamRole.LEADER || m.role() == TeamRole.DEPUTY)
                            && !(m.joined() != null && m.joined().isAfter(windowStart));
                    Rated own = memberRating.get(m.id());
                    if (capped && own.status() == RatingStatus.RATED && team.status() == RatingStatus.RATED) {
                        memberRating.put(m.id(), new Rated(RatingStatus.RATED, own.rating().atMost(team.rating())));
                    }
                    members.add(new Ranked(m.id(), m.duty()));
                }
            }
            quota(members, memberRating);
        }
        return new Result(staffed, eligible, support, teamRating, memberRating);
    }

    // Điều 14 (Thanh Hóa): one tổ trưởng, one tổ phó, one tổ viên
    private static Tri staffed(SecurityTeam t) {
        long leaders = t.members().stream().filter(m -> m.role() == TeamRole.LEADER).count();
        long deputies = t.members().stream().filter(m -> m.role() == TeamRole.DEPUTY).count();
        long members = t.members().stream().filter(m -> m.role() == TeamRole.MEMBER).count();
        return Tri.of(leaders == 1 && deputies == 1 && members == 1);
    }

    // Điều 13 khoản 1–5
    static Tri eligible(TeamMember m, LocalDate ref) {
        Tri age;
        if (m.birthDate() == null) {
            age = Tri.UNKNOWN;
        } else if (ref.isBefore(m.birthDate().plusYears(18))) {
            age = Tri.NO;
        } else if (ref.isAfter(m.birthDate().plusYears(70))) {
            age = Tri.of(m.overSeventyDecision()).and(Tri.of(m.overSeventyFit()));
        } else {
            age = Tri.YES;
        }
        Tri record = not(m.prosecuted()).and(not(m.sanctioned())).and(cleared(m.pastSentence()))
                .and(cleared(m.pastAdministrativeMeasure()));
        Tri school;
        if (m.education() == null) {
            school = Tri.UNKNOWN;
        } else if (m.education().compareTo(Education.LOWER_SECONDARY) >= 0) {
            school = Tri.YES;
        } else if (m.education() == Education.PRIMARY) {
            school = m.areaType() == null ? Tri.UNKNOWN : Tri.of(PRIMARY_ENOUGH.contains(m.areaType()));
        } else {
            school = Tri.NO;
        }
        Tri residence = (m.residentSince() == null ? Tri.UNKNOWN
                : Tri.of(!m.residentSince().plusYears(1).isAfter(ref))).and(Tri.of(m.residesRegularly()));
        Tri health = Tri.of(m.healthCertified());
        return age.and(record).and(school).and(residence).and(health);
    }

    private static Tri not(Boolean b) {
        return b == null ? Tri.UNKNOWN : Tri.of(!b);
    }

    private static Tri cleared(PastSanction s) {
        return s == null ? Tri.UNKNOWN : Tri.of(s != PastSanction.NOT_CLEARED);
    }

    // NQ 27/2024/NQ-HĐND (Thanh Hóa) × lương cơ sở
    private static BigDecimal support(SecurityTeam t, TeamMember m, LocalDate ref) {
        if (t.supportClass() == null) {
            return null;
        }
        String c = switch (t.supportClass()) {
            case 1 -> switch (m.role()) {
                case LEADER -> "0.7";
                case DEPUTY -> "0.65";
                case MEMBER -> "0.6";
            };
            case 2, 3 -> switch (m.role()) {
                case LEADER -> "0.65";
                case DEPUTY -> "0.6";
                case MEMBER -> "0.56";
            };
            default -> null;
        };
        if (c == null) {
            return null;
        }
        long base = ref.isBefore(LocalDate.of(2024, 7, 1)) ? 1_800_000L : 2_340_000L;
        return new BigDecimal(c).multiply(BigDecimal.valueOf(base));
    }

    private static boolean shortOfNineMonths(LocalDate since, LocalDate windowStart, LocalDate windowEnd) {
        LocalDate start = since.isAfter(windowStart) ? since : windowStart;
        return start.plusMonths(9).isAfter(windowEnd.plusDays(1));
    }

    private static Rated rateTeam(SecurityTeam t, LocalDate windowStart, LocalDate windowEnd) {
        DutyRecord duty = t.duty();
        if (Boolean.TRUE.equals(duty.underComplaint())
                || t.established() != null && shortOfNineMonths(t.established(), windowStart, windowEnd)) {
            return Rated.NOT_RATED;
        }
        if (t.established() == null || duty.underComplaint() == null || duty.tasksAssigned() == null
                || duty.tasksDone() == null || duty.tasksAssigned() == 0) {
            return Rated.INSUFFICIENT;
        }
        Rating level = byShare(duty);
        if (level == Rating.EXCELLENT) {
            Tri clean = Tri.YES;
            for (TeamMember m : t.members()) {
                DutyRecord md = m.duty();
                Tri noBreach = md.breaches() == null ? Tri.UNKNOWN : Tri.of(md.breaches() == 0);
                clean = clean.and(noBreach).and(not(md.disciplined()));
            }
            if (clean == Tri.UNKNOWN) {
                return Rated.INSUFFICIENT;
            }
            if (clean == Tri.NO) {
                level = Rating.GOOD;
            }
        }
        return new Rated(RatingStatus.RATED, level);
    }

    private static Rated rateMember(TeamMember m, LocalDate windowStart, LocalDate windowEnd) {
        DutyRecord duty = m.duty();
        if (Boolean.TRUE.equals(duty.underComplaint())
                || m.joined() != null && shortOfNineMonths(m.joined(), windowStart, windowEnd)) {
            return Rated.NOT_RATED;
        }
        if (m.joined() == null || duty.underComplaint() == null) {
            return Rated.INSUFFICIENT;
        }
        if (Boolean.TRUE.equals(duty.disciplined())) {
            return new Rated(RatingStatus.RATED, Rating.NOT_COMPLETED);
        }
        if (duty.tasksAssigned() == null || duty.tasksDone() == null || duty.tasksAssigned() == 0) {
            return Rated.INSUFFICIENT;
        }
        Rating level = byShare(duty);
        if (level.compareTo(Rating.COMPLETED) < 0) {
            // a breach caps at "hoàn thành": it matters only above that
            if (duty.breaches() == null) {
                return Rated.INSUFFICIENT;
            }
            if (duty.breaches() > 0) {
                level = Rating.COMPLETED;
            }
        }
        if (duty.disciplined() == null && level != Rating.NOT_COMPLETED) {
            return Rated.INSUFFICIENT;
        }
        return new Rated(RatingStatus.RATED, level);
    }

    // > 95 % excellent, ≥ 80 % good, ≥ 50 % completed (exact: done × 100 against the share × assigned)
    private static Rating byShare(DutyRecord duty) {
        long done100 = 100L * duty.tasksDone();
        long assigned = duty.tasksAssigned();
        if (done100 > 95 * assigned) {
            return Rating.EXCELLENT;
        }
        if (done100 >= 80 * assigned) {
            return Rating.GOOD;
        }
        return done100 >= 50 * assigned ? Rating.COMPLETED : Rating.NOT_COMPLETED;
    }

    private record Ranked(String id, DutyRecord duty) {
    }

    /** At most 20 % of those rated GOOD or better keep EXCELLENT; the rest become GOOD. */
    private static void quota(List<Ranked> group, Map<String, Rated> ratings) {
        long goodOrBetter = group.stream().map(r -> ratings.get(r.id()))
                .filter(r -> r.status() == RatingStatus.RATED && r.rating().compareTo(Rating.GOOD) <= 0).count();
        long places = goodOrBetter * 20 / 100;
        List<Ranked> excellent = new ArrayList<>(group.stream()
                .filter(r -> ratings.get(r.id()).rating() == Rating.EXCELLENT).toList());
        excellent.sort(Comparator.<Ranked, BigDecimal>comparing(r -> share(r.duty())).reversed()
                .thenComparing(Comparator.<Ranked>comparingInt(r -> r.duty().tasksDone()).reversed())
                .thenComparing(Ranked::id));
        for (int i = (int) places; i < excellent.size(); i++) {
            ratings.put(excellent.get(i).id(), new Rated(RatingStatus.RATED, Rating.GOOD));
        }
    }

    private static BigDecimal share(DutyRecord d) {
        return BigDecimal.valueOf(d.tasksDone()).divide(BigDecimal.valueOf(d.tasksAssigned()), 12,
                java.math.RoundingMode.HALF_EVEN);
    }
}
