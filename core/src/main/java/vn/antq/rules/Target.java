package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import vn.antq.campaign.Campaign;
import vn.antq.campaign.CampaignKind;
import vn.antq.campaign.Participation;
import vn.antq.verdict.Verdict;

/**
 * The law-free vocabulary a plan rule uses to compute one target over one scope. The rule says which units
 * count (its left-hand side collects them per scope: kind, type, status, level), what counts as done for each
 * (two more collects over those units: the ones that meet their part and the ones that fail it; the rest are
 * undecided) and which parameters it rests on (joined as {@link Param} facts); the target decides the share or
 * count against the threshold in three values: MET when the units lacking data could not pull the result under
 * the threshold, NOT_MET when they could not lift it over, UNKNOWN otherwise. The units that count against the
 * target, and those lacking data, are kept for the report.
 *
 * <pre>{@code
 * when
 *     $min    : Param( id == "example.t5.minShare" )
 *     $s      : ScopeFact()
 *     $units  : List() from collect( OutcomeFact( scopes contains $s.id, kind.assessed,
 *                                                 standard != StandardStatus.NOT_APPLICABLE ) )
 *     $met    : List() from collect( OutcomeFact( standard == StandardStatus.ACHIEVED ) from $units )
 *     $notMet : List() from collect( OutcomeFact( standard == StandardStatus.NOT_ACHIEVED ) from $units )
 * then
 *     insert( Target.of(drools.getRule().getName(), $s).each($units, $met, $notMet).readsStandard()
 *         .shareAbove($min).done() );
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
    private final List<OutcomeFact> against = new ArrayList<>();
    private final List<OutcomeFact> undecided = new ArrayList<>();
    private final List<OutcomeFact> counted = new ArrayList<>();
    private final List<Verdict> parts = new ArrayList<>();
    private final Finding finding = new Finding();
    private final ParameterTrail used = finding.used;
    private String targetId;
    private String labelSuffix = "";
    private BigDecimal numerator = BigDecimal.ZERO;
    private BigDecimal denominator = BigDecimal.ZERO;
    private BigDecimal actual = BigDecimal.ZERO;
    private boolean count;

    private Target(String ruleId, ScopeFact scope) {
        this.ruleId = ruleId;
        this.targetId = ruleId;
        this.scope = scope;
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param scope  the scope computed over
     * @return a new target computation
     */
    public static Target of(String ruleId, ScopeFact scope) {
        return new Target(ruleId, scope);
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
     * Notes a parameter the rule's choice of units rests on (e.g. the school levels that count), so the
     * conclusion lists it and its provisional flag.
     *
     * @param p a parameter the rule matched
     * @return this
     */
    public Target uses(Param p) {
        used.get(p);
        return this;
    }

    /**
     * Units the rule could not place (e.g. a school without a level, when only some levels count): they leave
     * the target undecided where they could change it.
     *
     * @param units the units
     * @return this
     */
    public Target unplaced(Collection<OutcomeFact> units) {
        undecided.addAll(units);
        return this;
    }

    /**
     * Each unit the rule counts takes the part the rule's own conditions give it: MET when the rule's "met"
     * condition collected it, NOT_MET when its "not met" condition did, UNKNOWN when neither did (its data cannot
     * decide). What counts as done is the rule's left-hand side, e.g.
     * {@code $met : List() from collect( OutcomeFact( standard == StandardStatus.ACHIEVED ) from $units )}; a
     * condition of several parts is met when every part holds and not met when any part fails, so the two lists
     * never share a unit when the rule writes them that way (a unit in both takes NOT_MET: a known failure beats).
     *
     * @param units  the units the rule counts
     * @param met    those of them the rule finds meeting their part
     * @param notMet those of them the rule finds failing it
     * @return this
     */
    public Target each(Collection<OutcomeFact> units, Collection<OutcomeFact> met, Collection<OutcomeFact> notMet) {
        Set<OutcomeFact> yes = identitySet(met);
        Set<OutcomeFact> no = identitySet(notMet);
        for (OutcomeFact u : units) {
            part(u, no.contains(u) ? Verdict.NOT_MET : yes.contains(u) ? Verdict.MET : Verdict.UNKNOWN);
        }
        return this;
    }

    /**
     * The parts read the counted units' standard status: the target rests on the provisional parameters their
     * status rests on.
     *
     * @return this
     */
    public Target readsStandard() {
        for (OutcomeFact u : counted) {
            used.inherit(u.standardBasis());
        }
        return this;
    }

    /**
     * The parts read the counted units' movement level: the target rests on the provisional parameters their
     * level rests on.
     *
     * @return this
     */
    public Target readsMovement() {
        for (OutcomeFact u : counted) {
            used.inherit(u.movementBasis());
        }
        return this;
    }

    private static Set<OutcomeFact> identitySet(Collection<OutcomeFact> units) {
        Set<OutcomeFact> set = Collections.newSetFromMap(new IdentityHashMap<>(Math.max(16, units.size() * 2)));
        set.addAll(units);
        return set;
    }

    /**
     * Each unit the rule expects to take part in a campaign meets its part when its participation counts
     * (held, inside the window); a unit with no participation reported, or without the day, is undecided. The
     * target id becomes {@code <rule id>/<campaign id>} and the label names the campaign.
     *
     * @param campaign the campaign
     * @param units    the units expected to take part
     * @return this
     */
    public Target eachTakingPart(Campaign campaign, Collection<OutcomeFact> units) {
        targetId = ruleId + "/" + campaign.id();
        labelSuffix = ": " + campaign.name();
        for (OutcomeFact u : units) {
            part(u, participationOf(campaign, u.id()));
        }
        return this;
    }

    /**
     * The share of the counted units that meet their part must be strictly above the parameter ("trên 80%":
     * exactly 80% is not enough).
     *
     * @param min the threshold, a share 0–1
     * @return this
     */
    public Target shareAbove(Param min) {
        return share(Comparison.ABOVE, min);
    }

    /**
     * The share of the counted units that meet their part must reach the parameter ("từ … trở lên", 100%).
     *
     * @param min the threshold, a share 0–1
     * @return this
     */
    public Target shareAtLeast(Param min) {
        return share(Comparison.AT_LEAST, min);
    }

    /**
     * The share of the counted units that meet their part must be strictly below the parameter ("dưới 5%").
     *
     * @param max the threshold, a share 0–1
     * @return this
     */
    public Target shareBelow(Param max) {
        return share(Comparison.BELOW, max);
    }

    /**
     * The share of the counted units that meet their part must not exceed the parameter ("không quá 5%").
     *
     * @param max the threshold, a share 0–1
     * @return this
     */
    public Target shareAtMost(Param max) {
        return share(Comparison.AT_MOST, max);
    }

    /**
     * The share of the counted units that meet their part compared with the parameter in the form the rule names:
     * MET when the units lacking data could not change the answer, NOT_MET when they could not make it hold,
     * UNKNOWN otherwise; NOT_APPLICABLE when no unit counts.
     *
     * @param comparison "trên", "từ … trở lên", "dưới" or "không quá"
     * @param threshold  the threshold, a share 0–1
     * @return this
     */
    public Target share(Comparison comparison, Param threshold) {
        return decideShare(used.get(threshold).decimal(), comparison);
    }

    /**
     * People reached over people in scope, summed over the units the rule counts, must reach the parameter. A
     * unit lacking either count leaves the sum undecided.
     *
     * @param units   the units the rule counts
     * @param reached count indicator of people reached
     * @param inScope count indicator of people in scope
     * @param min     the minimum share
     * @return this
     */
    public Target sumShareAtLeast(Collection<OutcomeFact> units, String reached, String inScope, Param min) {
        BigDecimal share = used.get(min).decimal();
        long sumReached = 0;
        long sumInScope = 0;
        for (OutcomeFact u : units) {
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
        finding.required.add("≥ " + share.stripTrailingZeros().toPlainString());
        boolean knownReaches = sumInScope == 0
                || BigDecimal.valueOf(sumReached).compareTo(share.multiply(denominator)) >= 0;
        if (undecided.isEmpty()) {
            finding.add(Verdict.of(knownReaches));
        } else {
            boolean cannotReach = share.compareTo(BigDecimal.ONE) >= 0 && sumReached < sumInScope;
            finding.add(cannotReach ? Verdict.NOT_MET : Verdict.UNKNOWN);
        }
        return this;
    }

    /**
     * The number of units the rule counts that meet their part must reach the parameter (e.g. 10 model wards in TP
     * Thanh Hóa). As in {@link #each(Collection, Collection, Collection)}, what counts is the rule's left-hand side:
     * the units its "met" collect holds count, those its "not met" collect holds count against, the others are
     * undecided.
     *
     * @param units  the units the rule counts
     * @param met    those of them the rule finds meeting their part
     * @param notMet those of them the rule finds failing it
     * @param min    the minimum count
     * @return this
     */
    public Target countAtLeast(Collection<OutcomeFact> units, Collection<OutcomeFact> met,
                               Collection<OutcomeFact> notMet, Param min) {
        return count(units, met, notMet, Comparison.AT_LEAST, min);
    }

    /**
     * As {@link #countAtLeast}, but the count must be strictly above the parameter ("trên").
     *
     * @param units  the units the rule counts
     * @param met    those of them the rule finds meeting their part
     * @param notMet those of them the rule finds failing it
     * @param min    the threshold
     * @return this
     */
    public Target countAbove(Collection<OutcomeFact> units, Collection<OutcomeFact> met,
                             Collection<OutcomeFact> notMet, Param min) {
        return count(units, met, notMet, Comparison.ABOVE, min);
    }

    /**
     * As {@link #countAtLeast}, but the count must be strictly below the parameter ("dưới").
     *
     * @param units  the units the rule counts
     * @param met    those of them the rule finds meeting their part
     * @param notMet those of them the rule finds failing it
     * @param max    the threshold
     * @return this
     */
    public Target countBelow(Collection<OutcomeFact> units, Collection<OutcomeFact> met,
                             Collection<OutcomeFact> notMet, Param max) {
        return count(units, met, notMet, Comparison.BELOW, max);
    }

    /**
     * As {@link #countAtLeast}, but the count must not exceed the parameter ("không quá", "tối đa").
     *
     * @param units  the units the rule counts
     * @param met    those of them the rule finds meeting their part
     * @param notMet those of them the rule finds failing it
     * @param max    the maximum
     * @return this
     */
    public Target countAtMost(Collection<OutcomeFact> units, Collection<OutcomeFact> met,
                              Collection<OutcomeFact> notMet, Param max) {
        return count(units, met, notMet, Comparison.AT_MOST, max);
    }

    /**
     * The number of units the rule counts that meet their part compared with the parameter in the form the rule
     * names: MET when the undecided units could not change the answer, NOT_MET when they could not make it hold,
     * UNKNOWN otherwise.
     *
     * @param units      the units the rule counts
     * @param met        those of them the rule finds meeting their part
     * @param notMet     those of them the rule finds failing it
     * @param comparison "trên", "từ … trở lên", "dưới" or "không quá"
     * @param threshold  the threshold
     * @return this
     */
    public Target count(Collection<OutcomeFact> units, Collection<OutcomeFact> met, Collection<OutcomeFact> notMet,
                        Comparison comparison, Param threshold) {
        BigDecimal limit = used.get(threshold).decimal();
        Set<OutcomeFact> yesSet = identitySet(met);
        Set<OutcomeFact> noSet = identitySet(notMet);
        long yes = 0;
        for (OutcomeFact u : units) {
            if (noSet.contains(u)) {
                against.add(u);
            } else if (yesSet.contains(u)) {
                yes++;
            } else {
                undecided.add(u);
            }
        }
        return decideCount(yes, yes + against.size() + undecided.size(), yes + undecided.size(), comparison, limit);
    }

    /**
     * The number of units the rule counts that meet their part (the rule's "met" collect; those in its "not met"
     * collect do not, the others are undecided), counted only where the plan puts them: each group listed in {@code groups} contributes its count capped at its own quota (the quota
     * parameter whose id ends in {@code .<group id>}), and the capped sum must reach {@code min}. Surplus in one
     * group, or units in a group the plan does not name, never make up for a group that falls short. The
     * groups that fall short count against the target; a listed group missing from the scope leaves its quota
     * undecided.
     *
     * @param units      the units the rule counts
     * @param met        those of them the rule finds meeting their part
     * @param notMet     those of them the rule finds failing it
     * @param groupUnits the units of the scope that are groups listed in {@code groups}
     * @param min        the minimum of the capped sum
     * @param groups     the list of groups that carry a quota
     * @param quotas     each group's quota
     * @return this
     */
    public Target countWithinQuotas(Collection<OutcomeFact> units, Collection<OutcomeFact> met,
                                    Collection<OutcomeFact> notMet, Collection<OutcomeFact> groupUnits,
                                    Param min, Param groups, Param... quotas) {
        BigDecimal minimum = used.get(min).decimal();
        Set<OutcomeFact> yesSet = identitySet(met);
        Set<OutcomeFact> noSet = identitySet(notMet);
        long capped = 0;
        long reachable = 0;
        long counted = 0;
        for (String group : used.get(groups).codes()) {
            long quota = used.get(quotaOf(group, groups, quotas)).decimal().longValue();
            OutcomeFact groupUnit = groupUnits.stream().filter(u -> u.id().equals(group)).findFirst().orElse(null);
            long yes = 0;
            List<OutcomeFact> open = new ArrayList<>();
            for (OutcomeFact u : units) {
                if (u.scopes().contains(group)) {
                    counted++;
                    if (noSet.contains(u)) {
                        continue;
                    }
                    if (yesSet.contains(u)) {
                        yes++;
                    } else {
                        open.add(u);
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
        return decideCount(capped, counted, reachable, Comparison.AT_LEAST, minimum);
    }

    private static Param quotaOf(String group, Param groups, Param[] quotas) {
        for (Param q : quotas) {
            if (q.getId().endsWith("." + group)) {
                return q;
            }
        }
        throw new IllegalStateException("parameter " + groups.getId() + " lists " + group
                + ", but the rule passes no quota parameter ending in ." + group);
    }

    /**
     * Decides a count target whose count lies between {@code yes} (no undecided unit meets its part) and
     * {@code reachable} (every one does): MET when the comparison holds at both ends, NOT_MET at neither, UNKNOWN
     * otherwise.
     */
    private Target decideCount(long yes, long total, long reachable, Comparison comparison, BigDecimal threshold) {
        numerator = BigDecimal.valueOf(yes);
        denominator = BigDecimal.valueOf(total);
        actual = numerator;
        count = true;
        finding.required.add(comparison.symbol() + " " + threshold.stripTrailingZeros().toPlainString());
        finding.add(between(comparison.holds(yes, threshold), comparison.holds(reachable, threshold)));
        return this;
    }

    private static Verdict between(boolean atLowest, boolean atHighest) {
        if (atLowest && atHighest) {
            return Verdict.MET;
        }
        return atLowest || atHighest ? Verdict.UNKNOWN : Verdict.NOT_MET;
    }

    /**
     * An occasion the plan expects (a campaign kind listed in {@code kinds}) of which the dataset gives no
     * campaign: the target for it cannot be computed, so it is UNKNOWN, with the target id
     * {@code <target>/<kind>} and a label saying that no campaign of that kind was given.
     *
     * @param target the id of the campaign target, e.g. {@code KH67-T8}
     * @param kind   the campaign kind, one of the codes of {@code kinds}
     * @param kinds  the campaign kinds the plan expects
     * @param min    the minimum share of a campaign's target
     * @return this
     * @throws IllegalStateException when the kind is not a campaign kind
     */
    public Target noCampaignOf(String target, String kind, Param kinds, Param min) {
        used.get(kinds);
        CampaignKind k;
        try {
            k = CampaignKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("parameter " + kinds.getId() + ": " + kind + " is not a campaign kind", e);
        }
        targetId = target + "/" + k.name();
        labelSuffix = ": " + k.labelVi() + " — dữ liệu không có đợt nào thuộc loại này";
        finding.required.add("≥ " + used.get(min).decimal().stripTrailingZeros().toPlainString());
        finding.add(Verdict.UNKNOWN);
        return this;
    }

    /**
     * @return the conclusion to insert; a target no step decided (no share or count compared with a threshold) does
     *     not apply, as any conclusion no condition decided
     */
    public TargetFact done() {
        return new TargetFact(ruleId, targetId, labelSuffix, scope.id(), finding.verdict(), numerator, denominator,
                count, actual, finding.required(), against, undecided, finding.parameterIds(),
                finding.provisionalBasis());
    }

    private void part(OutcomeFact unit, Verdict v) {
        counted.add(unit);
        parts.add(v);
    }

    private Target decideShare(BigDecimal threshold, Comparison comparison) {
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
        finding.required.add(comparison.symbol() + " " + threshold.stripTrailingZeros().toPlainString());
        if (total == 0) {
            finding.add(Verdict.NOT_APPLICABLE);
        } else {
            finding.add(between(comparison.holdsShare(yes, total, threshold),
                    comparison.holdsShare(yes + undecided.size(), total, threshold)));
        }
        return this;
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
