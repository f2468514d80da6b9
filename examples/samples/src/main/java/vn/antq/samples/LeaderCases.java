package vn.antq.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Plants, in each province, the boundary cases of the Kỷ niệm chương for leaders, for the regime in force on the
 * proposal date (P; L years in post: 5 under TT 11/2021/TT-BCA, 10 under TT 20/2025/TT-BCA). Unless the case says
 * otherwise, the leader holds the chairman's post since P − (L + 3) years, has a Bằng khen of the province's chairman
 * dated two years before P, achievements in the movement, no serious incident nor social-evil hotspot, is not
 * prosecuted nor in compulsory education, holds no decoration, is recorded with no pending case and no discipline.
 *
 * <ol start="0">
 *   <li>chairman since exactly L years before P;</li>
 *   <li>since one day later (L years less a day);</li>
 *   <li>deputy chairman for 3 years from exactly L years before P, chairman from 2 years after that: the posts
 *       overlap, add up to more than L years and cover exactly L;</li>
 *   <li>the same from one day later: more than L years added up, L years less a day covered;</li>
 *   <li>only a Giấy khen of the commune's chairman (accepted by TT 20/2025/TT-BCA, not by TT 11/2021/TT-BCA);</li>
 *   <li>no award;</li>
 *   <li>only a Giấy khen of the provincial police director, dated on P (not before it);</li>
 *   <li>the same, dated the day before P;</li>
 *   <li>a serious incident where they lead (under both regimes);</li>
 *   <li>no achievement in the movement;</li>
 *   <li>the Kỷ niệm chương already held;</li>
 *   <li>the Huy chương Vì an ninh Tổ quốc held;</li>
 *   <li>prosecuted;</li>
 *   <li>in a compulsory education facility;</li>
 *   <li>a complicated social-evil hotspot where they lead (under both regimes);</li>
 *   <li>serving a discipline: deferred ("hoãn xét");</li>
 *   <li>their cases not recorded: to be confirmed ("cần xác nhận").</li>
 * </ol>
 *
 * <p>Case k goes to the province's leader number 2 + 6k (from 0, in dataset order); the name, gender and unit stay as
 * drawn.
 */
final class LeaderCases {
    private static final int FIRST_LEADER = 2;
    private static final int LEADER_STEP = 6;

    private final LocalDate proposal;
    private final List<BiFunction<Leader, LeaderOffices, Leader>> cases = new ArrayList<>();

    /** @param regime the dataset's Kỷ niệm chương round */
    LeaderCases(MedalRegime regime) {
        this.proposal = regime.proposalDate();
        LocalDate exactly = proposal.minusYears(regime.leaderYears());
        LocalDate longAgo = exactly.minusYears(3);
        List<Leader.Award> usual = List.of(new Leader.Award("BANG_KHEN_CHU_TICH_TINH", proposal.minusYears(2)));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(exactly), usual));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(exactly.plusDays(1)), usual));
        cases.add((l, offices) -> clean(l, overlapping(offices, exactly), usual));
        cases.add((l, offices) -> clean(l, overlapping(offices, exactly.plusDays(1)), usual));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(longAgo),
                List.of(new Leader.Award("GIAY_KHEN_CHU_TICH_XA", proposal.minusYears(1)))));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(longAgo), List.of()));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(longAgo),
                List.of(new Leader.Award("GIAY_KHEN_GIAM_DOC_CONG_AN_TINH", proposal))));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(longAgo),
                List.of(new Leader.Award("GIAY_KHEN_GIAM_DOC_CONG_AN_TINH", proposal.minusDays(1)))));
        cases.add((l, offices) -> flags(clean(l, offices.chairmanSince(longAgo), usual), true, true, false, false,
                List.of()));
        cases.add((l, offices) -> flags(clean(l, offices.chairmanSince(longAgo), usual), false, false, false, false,
                List.of()));
        cases.add((l, offices) -> flags(clean(l, offices.chairmanSince(longAgo), usual), true, false, false, false,
                List.of(ServiceRecord.MEDAL)));
        cases.add((l, offices) -> flags(clean(l, offices.chairmanSince(longAgo), usual), true, false, false, false,
                List.of(ServiceRecord.FOR_NATIONAL_SECURITY)));
        cases.add((l, offices) -> flags(clean(l, offices.chairmanSince(longAgo), usual), true, false, true, false,
                List.of()));
        cases.add((l, offices) -> flags(clean(l, offices.chairmanSince(longAgo), usual), true, false, false, true,
                List.of()));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(longAgo), usual).with(true, PersonCases.CLEAR));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(longAgo), usual)
                .with(false, new PersonCases(true, false, false, false, false, false)));
        cases.add((l, offices) -> clean(l, offices.chairmanSince(longAgo), usual).with(false, null));
    }

    /**
     * @param index   the leader's number in the province, from 0 in dataset order
     * @param drawn   the leader as drawn
     * @param offices the titles of their posts
     * @return the leader, with the case of that number planted if there is one
     */
    Leader apply(int index, Leader drawn, LeaderOffices offices) {
        int k = (index - FIRST_LEADER) / LEADER_STEP;
        if (index < FIRST_LEADER || (index - FIRST_LEADER) % LEADER_STEP != 0 || k >= cases.size()) {
            return drawn;
        }
        return cases.get(k).apply(drawn, offices);
    }

    /** Deputy chairman for 3 years from {@code from}, chairman from 2 years after it. */
    private static List<Leader.Post> overlapping(LeaderOffices offices, LocalDate from) {
        List<Leader.Post> posts = new ArrayList<>();
        posts.add(new Leader.Post(offices.deputy(), from, from.plusYears(3)));
        posts.addAll(offices.chairmanSince(from.plusYears(2)));
        return posts;
    }

    private static Leader clean(Leader l, List<Leader.Post> posts, List<Leader.Award> awards) {
        return new Leader(l.id(), l.name(), l.gender(), l.unit(), posts, awards, true, false, false, false,
                List.of(), Leader.CHAIRMAN, false, PersonCases.CLEAR);
    }

    private static Leader flags(Leader l, boolean movementAchievement, boolean seriousIncidents, boolean prosecuted,
                                boolean compulsoryEducation, List<String> decorations) {
        return new Leader(l.id(), l.name(), l.gender(), l.unit(), l.posts(), l.awards(), movementAchievement,
                seriousIncidents, prosecuted, compulsoryEducation, decorations, l.category(), l.socialEvilHotspot(),
                l.cases());
    }
}
