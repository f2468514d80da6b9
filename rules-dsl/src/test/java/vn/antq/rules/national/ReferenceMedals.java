package vn.antq.rules.national;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.commendation.Award;
import vn.antq.commendation.AwardReceived;
import vn.antq.commendation.Decoration;
import vn.antq.commendation.Leader;
import vn.antq.commendation.LeaderCategory;
import vn.antq.commendation.MedalStatus;
import vn.antq.commendation.PersonCases;
import vn.antq.commendation.Post;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServicePeriod;
import vn.antq.grassroots.TeamMember;
import vn.antq.rules.national.ReferenceStandard.Tri;

/**
 * A plain-Java reading of the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (TT 20/2025/TT-BCA Điều 4 from 28/4/2025,
 * TT 11/2021/TT-BCA before; the blocks of NĐ 98/2023 / NĐ 152/2025 Điều 4) from domain.md §6,
 * docs/vi/ky-niem-chuong.md and decision 0014, without the engine's vocabulary ({@code Medal}, {@code MedalRun}).
 *
 * <p>Readings: the regime is that in force on the proposal date. Service in the team runs from the joining day to the
 * proposal day, each earlier period counts both its ends and
 * stops at the proposal day (service after it is not service "tính đến ngày đề nghị"); a period is counted in calendar months and days, doubled in
 * especially difficult, border and island areas, and the days of all periods make a month per 30. Time in post is
 * the union of the posts' days up to the day before the proposal (a post without an end runs to it, as the team
 * service does: from 16/5/2019, on 15/5/2024 a leader has 4 years 11 months 29 days) against the days from the same
 * date N years before the proposal day. The earlier award must be dated before the proposal day ("đã được khen
 * thưởng": an award of the proposal day itself is not yet an earlier one). Precedence: not eligible, deferred, missing data, needs confirmation,
 * eligible. A member whose service time is known to fall short is counted, not listed.
 */
final class ReferenceMedals {
    private static final LocalDate TT20 = LocalDate.of(2025, 4, 28);
    private static final Set<AreaType> DOUBLED = EnumSet.of(AreaType.ESPECIALLY_DIFFICULT, AreaType.BORDER,
            AreaType.ISLAND);
    private static final Set<Decoration> EXCLUDING = EnumSet.of(Decoration.KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC,
            Decoration.HUY_CHUONG_CHIEN_SI_VE_VANG, Decoration.HUY_CHUONG_VI_AN_NINH_TO_QUOC,
            Decoration.HUAN_CHUONG_CONG_HIEN_CAND);

    /** The review: every listed person's status, the members checked and those short of time. */
    record Result(Map<String, MedalStatus> status, int membersChecked, int membersShortOfTime,
                  Map<String, String> notes) {
    }

    private ReferenceMedals() {
    }

    /** @return null when the dataset names no proposal date */
    static Result evaluate(Dataset d) {
        LocalDate p = d.medalProposalDate();
        if (p == null) {
            return null;
        }
        boolean tt20 = !p.isBefore(TT20);
        Map<String, MedalStatus> status = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        int checked = 0;
        int shortOfTime = 0;
        for (SecurityTeam t : d.securityTeams()) {
            for (TeamMember m : t.members()) {
                checked++;
                Tri time = memberTime(m, p);
                String note = note(m, p, time);
                if (note != null) {
                    notes.put(m.id(), note);
                }
                if (time == Tri.NO) {
                    shortOfTime++;
                    continue;
                }
                Tri criteria = time.and(excluded(m.service().decorations(), m.prosecuted(),
                        m.service().compulsoryEducation()));
                if (tt20) {
                    criteria = criteria.and(Tri.of(m.service().goodInService()));
                }
                status.put(m.id(), status(criteria, m.service().cases()));
            }
        }
        for (Leader l : d.leaders()) {
            Tri criteria = category(l.category(), tt20)
                    .and(postTime(l.posts(), p, tt20 ? 10 : 5))
                    .and(award(l.awards(), p, tt20))
                    .and(Tri.of(l.movementAchievement()))
                    .and(not(l.socialEvilHotspot()))
                    .and(not(l.seriousIncidents()))
                    .and(excluded(l.decorations(), l.prosecuted(), l.compulsoryEducation()));
            status.put(l.id(), status(criteria, l.cases()));
        }
        return new Result(status, checked, shortOfTime, notes);
    }

    private static MedalStatus status(Tri criteria, PersonCases c) {
        if (criteria == Tri.NO) {
            return MedalStatus.NOT_ELIGIBLE;
        }
        Boolean[] flags = {c.underDiscipline(), c.pendingDiscipline(), c.underInvestigation(), c.pendingInspection(),
                c.pendingComplaint(), c.pressCorruption()};
        Tri anyCase = Tri.NO;
        for (Boolean f : flags) {
            anyCase = anyCase.or(Tri.of(f));
        }
        if (anyCase == Tri.YES) {
            return MedalStatus.DEFERRED;
        }
        if (criteria == Tri.UNKNOWN) {
            return MedalStatus.MISSING_DATA;
        }
        return anyCase == Tri.UNKNOWN ? MedalStatus.NEEDS_CONFIRMATION : MedalStatus.ELIGIBLE;
    }

    private static Tri not(Boolean b) {
        return b == null ? Tri.UNKNOWN : Tri.of(!b);
    }

    private static Tri excluded(List<Decoration> decorations, Boolean prosecuted, Boolean compulsoryEducation) {
        Tri none = decorations.stream().noneMatch(EXCLUDING::contains) ? Tri.YES : Tri.NO;
        return none.and(not(prosecuted)).and(not(compulsoryEducation));
    }

    // 15 years (men) or 10 (women), earlier service counted, doubled in the listed areas
    private static Tri memberTime(TeamMember m, LocalDate p) {
        long low = months(m, p, false);
        long high = m.joined() == null ? Long.MAX_VALUE : months(m, p, true);
        long min = m.female() == null ? 120 : m.female() ? 120 : 180;
        long max = m.female() == null ? 180 : min;
        if (low >= max) {
            return Tri.YES;
        }
        return high < min ? Tri.NO : Tri.UNKNOWN;
    }

    /**
     * Where this reading decides by bounds what the engine leaves open: the sex unknown but the time enough or short
     * for both thresholds (K3), a period's area unknown but the time short even doubled (K4). (K5, the joining day
     * unknown and the earlier service short, was an engine error, fixed: the engine now says the time is unknown.)
     */
    private static String note(TeamMember m, LocalDate p, Tri time) {
        if (time == Tri.UNKNOWN) {
            return null;
        }
        if (m.female() == null) {
            return "K3 sex unknown, time decided for both";
        }
        boolean areaUnknown = m.joined() != null && m.areaType() == null
                || m.service().earlierService().stream().anyMatch(s -> s.areaType() == null);
        return areaUnknown && time == Tri.NO ? "K4 area unknown, short even doubled" : null;
    }

    /**
     * The service in whole months up to the proposal day; a period of unknown area counted as not doubled
     * ({@code upper} false) or doubled (true); an unknown joining day adds no team service.
     */
    private static long months(TeamMember m, LocalDate p, boolean upper) {
        long months = 0;
        long days = 0;
        List<long[]> parts = new ArrayList<>();
        if (m.joined() != null) {
            parts.add(part(m.joined(), p, m.areaType(), upper));
        }
        for (ServicePeriod s : m.service().earlierService()) {
            LocalDate end = s.to().plusDays(1);
            parts.add(part(s.from(), end.isAfter(p) ? p : end, s.areaType(), upper));
        }
        for (long[] x : parts) {
            months += x[0];
            days += x[1];
        }
        return months + days / 30;
    }

    private static long[] part(LocalDate from, LocalDate toExclusive, AreaType area, boolean upper) {
        if (!toExclusive.isAfter(from)) {
            return new long[] {0, 0};
        }
        Period period = Period.between(from, toExclusive);
        long months = period.toTotalMonths();
        long days = period.getDays();
        boolean doubled = area == null ? upper : DOUBLED.contains(area);
        return doubled ? new long[] {2 * months, 2 * days} : new long[] {months, days};
    }

    private static Tri category(LeaderCategory c, boolean tt20) {
        if (c == null) {
            return Tri.UNKNOWN;
        }
        Set<LeaderCategory> ok = tt20
                ? EnumSet.of(LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, LeaderCategory.PUBLIC_SCHOOL,
                        LeaderCategory.STATE_ENTERPRISE)
                : EnumSet.of(LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, LeaderCategory.PUBLIC_SCHOOL,
                        LeaderCategory.NON_PUBLIC_SCHOOL, LeaderCategory.STATE_ENTERPRISE);
        return Tri.of(ok.contains(c));
    }

    // posts from department level up, concurrent posts counted once
    private static Tri postTime(List<Post> posts, LocalDate p, int years) {
        if (posts == null) {
            return Tri.UNKNOWN;
        }
        List<LocalDate[]> spans = new ArrayList<>();
        for (Post post : posts) {
            if (post.from() == null) {
                return Tri.UNKNOWN;
            }
            LocalDate lastDay = p.minusDays(1);
            LocalDate to = post.to() == null || post.to().isAfter(lastDay) ? lastDay : post.to();
            if (!to.isBefore(post.from())) {
                spans.add(new LocalDate[] {post.from(), to});
            }
        }
        spans.sort(Comparator.comparing(s -> s[0]));
        long days = 0;
        LocalDate covered = null;
        for (LocalDate[] s : spans) {
            LocalDate from = covered != null && !s[0].isAfter(covered) ? covered.plusDays(1) : s[0];
            if (!from.isAfter(s[1])) {
                days += ChronoUnit.DAYS.between(from, s[1]) + 1;
            }
            if (covered == null || s[1].isAfter(covered)) {
                covered = s[1];
            }
        }
        return Tri.of(days >= ChronoUnit.DAYS.between(p.minusYears(years), p));
    }

    private static Tri award(List<AwardReceived> awards, LocalDate p, boolean tt20) {
        if (awards == null) {
            return Tri.UNKNOWN;
        }
        Set<Award> ok = tt20 ? EnumSet.allOf(Award.class) : EnumSet.of(Award.GIAY_KHEN_CHU_TICH_HUYEN,
                Award.GIAY_KHEN_GIAM_DOC_CONG_AN_TINH, Award.BANG_KHEN_CHU_TICH_TINH,
                Award.BANG_KHEN_BO_TRUONG_BO_CONG_AN);
        return Tri.of(awards.stream().anyMatch(a -> ok.contains(a.award())
                && (a.date() == null || a.date().isBefore(p))));
    }
}
