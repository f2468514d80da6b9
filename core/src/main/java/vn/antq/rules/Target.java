package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.antq.campaign.Campaign;
import vn.antq.campaign.CampaignKind;
import vn.antq.campaign.Participation;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary a plan rule uses to compute one target over one scope. Shares and counts are decided
 * in three values: MET when the units lacking data could not pull the result under the threshold,
 * NOT_MET when they could not lift it over, UNKNOWN otherwise. The units that count against the target,
 * and those lacking data, are kept for the report.
 *
 * <pre>{@code
 * insert( Target.of(drools.getRule().getName(), $s, params)
 *             .shareAbove($units, Measure.STANDARD_ACHIEVED, "example.t5.minShare")
 *             .done() );
 * }</pre>
 *
 * <p>Not thread-safe; a rule creates one per firing.
 *
 * @since 0.1
 */
public final class Target {
    private static final int SCALE = 4;

    private final String ruleId;
    private final ScopeFact scope;
    private final Params params;
    private final List<OutcomeFact> against = new ArrayList<>();
    private final List<OutcomeFact> undecided = new ArrayList<>();
    private final ParameterTrail used;
    private String targetId;
    private String labelSuffix = "";
    private Verdict verdict = Verdict.UNKNOWN;
    private BigDecimal numerator = BigDecimal.ZERO;
    private BigDecimal denominator = BigDecimal.ZERO;
    private BigDecimal actual = BigDecimal.ZERO;
    private boolean count;
    private String required = "";

    private Target(String ruleId, ScopeFact scope, Params params) {
        this.ruleId = ruleId;
        this.targetId = ruleId;
        this.scope = scope;
        this.params = params;
        this.used = new ParameterTrail(params);
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param scope  the scope computed over
     * @param params the global {@code params}
     * @return a new target computation
     */
    public static Target of(String ruleId, ScopeFact scope, Params params) {
        return new Target(ruleId, scope, params);
    }

    /**
     * Reports the conclusion under another target id than the rule's: for a target whose rows the plan computes
     * by different rules (e.g. a province row that counts differently from the district rows), so that the rows
     * line up under one id. The label and source stay the rule's.
     *
     * @param target the target id the rows share
     * @return this
     */
    public Target reportedAs(String target) {
        targetId = target;
        return this;
    }

    /**
     * The share of the units the measure counts that meet it must be strictly above the parameter
     * ("trên 80%": exactly 80% is not enough).
     *
     * @param units       the units of the scope
     * @param measure     what is counted
     * @param parameterId the threshold, a share 0–1
     * @return this
     */
    public Target shareAbove(Collection<OutcomeFact> units, Measure measure, String parameterId) {
        return share(units, measure, parameterId, true);
    }

    /**
     * The share of the units the measure counts that meet it must reach the parameter (e.g. 100%).
     *
     * @param units       the units of the scope
     * @param measure     what is counted
     * @param parameterId the threshold, a share 0–1
     * @return this
     */
    public Target shareAtLeast(Collection<OutcomeFact> units, Measure measure, String parameterId) {
        return share(units, measure, parameterId, false);
    }

    /**
     * The share of communes of the scope whose count indicator reaches a minimum must reach a share
     * (e.g. every commune has at least one effective model).
     *
     * @param units       the units of the scope
     * @param indicator   a count indicator of communes
     * @param minimumId   parameter id of the minimum count
     * @param shareId     parameter id of the minimum share
     * @return this
     */
    public Target communesWithAtLeast(Collection<OutcomeFact> units, String indicator, String minimumId,
                                      String shareId) {
        BigDecimal minimum = used.get(minimumId).decimal();
        List<Verdict> parts = new ArrayList<>();
        List<OutcomeFact> counted = new ArrayList<>();
        for (OutcomeFact u : units) {
            if (u.kind() == UnitKind.COMMUNE) {
                Long value = u.indicators().count(indicator);
                counted.add(u);
                parts.add(value == null ? Verdict.UNKNOWN : Verdict.of(BigDecimal.valueOf(value).compareTo(minimum) >= 0));
            }
        }
        return decideShare(counted, parts, used.get(shareId).decimal(), false);
    }

    /**
     * People reached over people in scope, summed over the units of the assessed kinds, must reach the
     * parameter. A unit lacking either count leaves the sum undecided.
     *
     * @param units       the units of the scope
     * @param reached     count indicator of people reached
     * @param inScope     count indicator of people in scope
     * @param parameterId the minimum share
     * @return this
     */
    public Target sumShareAtLeast(Collection<OutcomeFact> units, String reached, String inScope, String parameterId) {
        return sumShare(units, reached, inScope, parameterId);
    }

    /**
     * As {@link #sumShareAtLeast(Collection, String, String, String)}, counting only the schools whose
     * {@code level} is one of the codes of a parameter (e.g. pupils "từ bậc học trung học cơ sở trở lên"). A
     * school without a level cannot be placed: it is undecided.
     *
     * @param units        the units of the scope
     * @param reached      count indicator of people reached
     * @param inScope      count indicator of people in scope
     * @param schoolLevels parameter id of the school levels that count
     * @param parameterId  the minimum share
     * @return this
     */
    public Target sumShareAtLeast(Collection<OutcomeFact> units, String reached, String inScope, String schoolLevels,
                                  String parameterId) {
        List<String> levels = used.codes(schoolLevels);
        List<OutcomeFact> counted = new ArrayList<>();
        for (OutcomeFact u : units) {
            String level = u.kind() == UnitKind.SCHOOL ? u.indicators().code("level") : null;
            if (u.kind() != UnitKind.SCHOOL || levels.contains(level)) {
                counted.add(u);
            } else if (level == null) {
                undecided.add(u);
            }
        }
        return sumShare(counted, reached, inScope, parameterId);
    }

    private Target sumShare(Collection<OutcomeFact> units, String reached, String inScope, String parameterId) {
        BigDecimal min = used.get(parameterId).decimal();
        long sumReached = 0;
        long sumInScope = 0;
        for (OutcomeFact u : units) {
            if (!u.kind().isAssessed()) {
                continue;
            }
            Long r = u.indicators().count(reached);
            Long t = u.indicators().count(inScope);
            if (r == null || t == null) {
                undecided.add(u);
                continue;
            }
            sumReached += r;
            sumInScope += t;
            if (r < t) {
                against.add(u);
            }
        }
        numerator = BigDecimal.valueOf(sumReached);
        denominator = BigDecimal.valueOf(sumInScope);
        actual = ratio(sumReached, sumInScope);
        required = "≥ " + min.stripTrailingZeros().toPlainString();
        boolean knownReaches = sumInScope == 0 || BigDecimal.valueOf(sumReached).compareTo(min.multiply(denominator)) >= 0;
        if (undecided.isEmpty()) {
            verdict = Verdict.of(knownReaches);
        } else {
            boolean cannotReach = min.compareTo(BigDecimal.ONE) >= 0 && sumReached < sumInScope;
            verdict = cannotReach ? Verdict.NOT_MET : Verdict.UNKNOWN;
        }
        return this;
    }

    /**
     * The number of units of a kind and type whose boolean indicator is true must reach the parameter
     * {@code <parameterId>.<scope id>}: a count bound to the scope (e.g. 10 model wards in TP Thanh Hóa).
     * The rule selects the scopes that have such a parameter with {@code params.has(...)}.
     *
     * @param units       the units of the scope
     * @param kind        the kind counted
     * @param type        the type counted, or null for any
     * @param indicator   the boolean indicator
     * @param parameterId the parameter id, without the scope suffix
     * @return this
     */
    public Target countAtLeast(Collection<OutcomeFact> units, UnitKind kind, UnitType type, String indicator,
                               String parameterId) {
        BigDecimal min = used.get(parameterId + "." + scope.id()).decimal();
        long yes = 0;
        for (OutcomeFact u : units) {
            if (u.kind() != kind || type != null && u.type() != type) {
                continue;
            }
            Boolean value = u.indicators().flag(indicator);
            if (value == null) {
                undecided.add(u);
            } else if (value) {
                yes++;
            } else {
                against.add(u);
            }
        }
        return decideCount(yes, yes + against.size() + undecided.size(), yes + undecided.size(), min);
    }

    /**
     * The number of units of a kind and type whose boolean indicator is true, counted only where the plan
     * puts them: each group listed in the parameter {@code quotas} (e.g. the districts named by the plan)
     * contributes its count capped at its own quota {@code <parameterId>.<group id>}, and the capped sum must
     * reach {@code <parameterId>.<scope id>}. Surplus in one group, or units in a group the plan does not
     * name, never make up for a group that falls short. The groups that fall short count against the target;
     * a listed group missing from the scope leaves its quota undecided.
     *
     * @param units       the units of the scope
     * @param kind        the kind counted
     * @param type        the type counted, or null for any
     * @param indicator   the boolean indicator
     * @param parameterId the parameter id of the quotas, without the unit suffix
     * @param quotas      parameter id of the list of groups that carry a quota
     * @return this
     */
    public Target countWithinQuotas(Collection<OutcomeFact> units, UnitKind kind, UnitType type, String indicator,
                                    String parameterId, String quotas) {
        BigDecimal min = used.decimal(parameterId + "." + scope.id());
        long capped = 0;
        long reachable = 0;
        long counted = 0;
        for (String group : used.codes(quotas)) {
            long quota = used.decimal(parameterId + "." + group).longValue();
            OutcomeFact groupUnit = null;
            long yes = 0;
            List<OutcomeFact> open = new ArrayList<>();
            for (OutcomeFact u : units) {
                if (u.id().equals(group)) {
                    groupUnit = u;
                } else if (u.kind() == kind && (type == null || u.type() == type) && u.scopes().contains(group)) {
                    counted++;
                    Boolean value = u.indicators().flag(indicator);
                    if (value == null) {
                        open.add(u);
                    } else if (value) {
                        yes++;
                    }
                }
            }
            capped += Math.min(yes, quota);
            reachable += groupUnit == null ? quota : Math.min(yes + open.size(), quota);
            if (groupUnit != null && yes < quota) {
                undecided.addAll(open);
                if (yes + open.size() < quota) {
                    against.add(groupUnit);
                }
            }
        }
        return decideCount(capped, counted, reachable, min);
    }

    /**
     * Decides a count target: MET when the count reaches the minimum, UNKNOWN when the units lacking data could
     * still make it reach, NOT_MET otherwise.
     */
    private Target decideCount(long yes, long total, long reachable, BigDecimal min) {
        numerator = BigDecimal.valueOf(yes);
        denominator = BigDecimal.valueOf(total);
        actual = numerator;
        count = true;
        required = "≥ " + min.stripTrailingZeros().toPlainString();
        if (numerator.compareTo(min) >= 0) {
            verdict = Verdict.MET;
        } else {
            verdict = BigDecimal.valueOf(reachable).compareTo(min) >= 0 ? Verdict.UNKNOWN : Verdict.NOT_MET;
        }
        return this;
    }

    /**
     * An occasion the plan expects (a campaign kind listed in the parameter {@code kinds}) of which the
     * dataset gives no campaign: the target for it cannot be computed, so it is UNKNOWN, with the target id
     * {@code <target>/<kind>} and a label saying that no campaign of that kind was given.
     *
     * @param target  the id of the campaign target, e.g. {@code KH67-T8}
     * @param kind    the campaign kind, one of the codes of {@code kinds}
     * @param kinds   parameter id of the campaign kinds the plan expects
     * @param shareId parameter id of the minimum share of a campaign's target
     * @return this
     * @throws IllegalStateException when the kind is not a campaign kind
     */
    public Target noCampaignOf(String target, String kind, String kinds, String shareId) {
        used.codes(kinds);
        CampaignKind k;
        try {
            k = CampaignKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("parameter " + kinds + ": " + kind + " is not a campaign kind", e);
        }
        targetId = target + "/" + k.name();
        labelSuffix = ": " + k.labelVi() + " — dữ liệu không có đợt nào thuộc loại này";
        required = "≥ " + used.decimal(shareId).stripTrailingZeros().toPlainString();
        verdict = Verdict.UNKNOWN;
        return this;
    }

    /**
     * The share of the units expected to take part in a campaign (every commune of the scope, or the
     * chosen units that lie in it) whose participation counts (held, inside the window) must reach the
     * parameter. A unit with no participation reported, or without the day, is undecided.
     *
     * @param campaign    the campaign
     * @param units       the units of the scope
     * @param parameterId the minimum share
     * @return this
     */
    public Target participation(Campaign campaign, Collection<OutcomeFact> units, String parameterId) {
        targetId = ruleId + "/" + campaign.id();
        labelSuffix = ": " + campaign.name();
        List<OutcomeFact> expected = new ArrayList<>();
        List<Verdict> parts = new ArrayList<>();
        for (OutcomeFact u : units) {
            boolean isExpected = campaign.allCommunes() ? u.kind() == UnitKind.COMMUNE
                    : campaign.expectedUnits().contains(u.id());
            if (isExpected) {
                expected.add(u);
                parts.add(participationOf(campaign, u.id()));
            }
        }
        return decideShare(expected, parts, used.get(parameterId).decimal(), false);
    }

    /**
     * The share of khu dân cư whose Tổ bảo vệ an ninh, trật tự is at the province's staffing and trained
     * (Luật 30/2023/QH15 Điều 14; the province sets the staffing) must reach a share. The staffing is read
     * from parameters {@code <staffing>.leaders}, {@code .deputies} and {@code .members} (tổ trưởng, tổ phó,
     * tổ viên); a province that sizes teams by households adds {@code <staffing>.members.large} and
     * {@code <staffing>.largeFromHouseholds.THON} / {@code .TO_DAN_PHO}: an area with at least that many
     * resident households needs the larger number of tổ viên. An area is at the staffing when its counts
     * ({@code securityTeamLeaders}, {@code securityTeamDeputies}, {@code securityTeamMembers}) equal what
     * is required and {@code securityTeamTrained} is true.
     *
     * @param units    the units of the scope
     * @param staffing the parameter id prefix of the staffing
     * @param shareId  parameter id of the minimum share
     * @return this
     */
    public Target securityTeamsStaffed(Collection<OutcomeFact> units, String staffing, String shareId) {
        List<OutcomeFact> areas = new ArrayList<>();
        List<Verdict> parts = new ArrayList<>();
        for (OutcomeFact u : units) {
            if (u.kind() == UnitKind.RESIDENTIAL_AREA) {
                areas.add(u);
                parts.add(staffed(u, staffing));
            }
        }
        return decideShare(areas, parts, used.get(shareId).decimal(), false);
    }

    private Verdict staffed(OutcomeFact area, String staffing) {
        Long members = requiredMembers(area, staffing);
        Verdict v = Verdict.of(area.indicators().flag("securityTeamTrained"));
        v = v.and(exactly(area, "securityTeamLeaders", used.get(staffing + ".leaders").decimal().longValue()));
        v = v.and(exactly(area, "securityTeamDeputies", used.get(staffing + ".deputies").decimal().longValue()));
        return v.and(members == null ? Verdict.UNKNOWN : exactly(area, "securityTeamMembers", members));
    }

    private Long requiredMembers(OutcomeFact area, String staffing) {
        for (String suffix : new String[] {".members", ".members.large", ".largeFromHouseholds." + area.type()}) {
            if (params.has(staffing + suffix)) {
                used.get(staffing + suffix);
            }
        }
        return Staffing.requiredMembers(params, staffing, area.type(), area.indicators().count("householdsResident"));
    }

    private static Verdict exactly(OutcomeFact area, String indicator, long required) {
        Long value = area.indicators().count(indicator);
        return value == null ? Verdict.UNKNOWN : Verdict.of(value == required);
    }

    /** @return the conclusion to insert */
    public TargetFact done() {
        return new TargetFact(ruleId, targetId, labelSuffix, scope.id(), verdict, numerator, denominator, count,
                actual, required, against, undecided, used.ids(), used.provisionalBasis());
    }

    private Target share(Collection<OutcomeFact> units, Measure measure, String parameterId, boolean strict) {
        List<OutcomeFact> counted = new ArrayList<>();
        List<Verdict> parts = new ArrayList<>();
        for (OutcomeFact u : units) {
            if (measure.counts(u)) {
                counted.add(u);
                parts.add(measure.meets(u));
                used.inherit(measure.basis(u));
            }
        }
        return decideShare(counted, parts, used.get(parameterId).decimal(), strict);
    }

    private Target decideShare(List<OutcomeFact> counted, List<Verdict> parts, BigDecimal min, boolean strict) {
        long yes = 0;
        for (int i = 0; i < counted.size(); i++) {
            Verdict v = parts.get(i);
            if (v == Verdict.MET || v == Verdict.NOT_APPLICABLE) {
                yes++;
            } else if (v == Verdict.NOT_MET) {
                against.add(counted.get(i));
            } else {
                undecided.add(counted.get(i));
            }
        }
        long total = counted.size();
        numerator = BigDecimal.valueOf(yes);
        denominator = BigDecimal.valueOf(total);
        actual = ratio(yes, total);
        required = (strict ? "> " : "≥ ") + min.stripTrailingZeros().toPlainString();
        if (total == 0) {
            verdict = Verdict.NOT_APPLICABLE;
        } else if (passes(yes, total, min, strict)) {
            verdict = Verdict.MET;
        } else {
            verdict = passes(yes + undecided.size(), total, min, strict) ? Verdict.UNKNOWN : Verdict.NOT_MET;
        }
        return this;
    }

    private static boolean passes(long yes, long total, BigDecimal min, boolean strict) {
        int c = BigDecimal.valueOf(yes).compareTo(min.multiply(BigDecimal.valueOf(total)));
        return strict ? c > 0 : c >= 0;
    }

    private static Verdict participationOf(Campaign campaign, String unitId) {
        for (Participation p : campaign.participation()) {
            if (p.unitId().equals(unitId)) {
                return Verdict.of(campaign.counts(p));
            }
        }
        return Verdict.UNKNOWN;
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }

}
