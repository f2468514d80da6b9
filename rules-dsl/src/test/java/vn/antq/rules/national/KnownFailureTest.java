package vn.antq.rules.national;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.rules.national.Localities.Locality;
import vn.antq.rules.national.Mutations.Mutation;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * Property (d), a known failure beats missing data. Take a NOT_ACHIEVED unit and one of its NOT_MET criteria c.
 * Remove one piece of data that c does not read: one of the unit's own indicators, or its events array (when c is
 * not an event criterion) — or, for a commune whose c is neither ANTT-XA-4 nor a territory-event criterion, any
 * indicator or the events array of any other unit. Then c is still NOT_MET and the unit is still NOT_ACHIEVED,
 * however many of its other criteria became UNKNOWN. (Removing a scope indicator such as {@code size} of a MEDIUM
 * enterprise makes its ANTT-PV-* criterion UNKNOWN; the unit stays judged and so stays NOT_ACHIEVED.)
 */
class KnownFailureTest {
    private static final String EVENTS = "events";
    private static final List<String> COUNTS = List.of("crimeCount", "crimeCountPrevious", "socialEvilCount",
            "socialEvilCountPrevious", "otherViolationCount", "otherViolationCountPrevious");
    private static final List<String> PREPARATION = List.of("hasPartyOrganization", "partyResolutionQ1", "planQ1",
            "registeredForStandard", "internalRules", "staffTotal", "staffBriefed", "effectiveModels");
    private static final List<String> FORCE = List.of("securityForceRating", "securityForceDisciplined");
    private static final List<String> SUB_UNITS = List.of("subUnitsTotal", "subUnitsAdvanced", "subUnitsDisciplined");
    private static final List<String> SOCIAL_ORDER = List.of("newSocialOrderHotspots", "newSocialEvilPersons",
            "supervisedPersonsManaged");
    /** What each criterion reads of its own unit. */
    private static final Map<String, List<String>> READS = Map.ofEntries(
            entry("ANTT-KDC-1", List.of("partyResolutionQ1", "registeredForStandard", "householdsResident",
                    "householdsRegistered")),
            entry("ANTT-KDC-2", List.of("policiesImplemented")),
            entry("ANTT-KDC-3", List.of(EVENTS)),
            entry("ANTT-KDC-4a", COUNTS),
            entry("ANTT-KDC-4b", List.of(EVENTS)),
            entry("ANTT-KDC-4c", SOCIAL_ORDER),
            entry("ANTT-KDC-4d", List.of(EVENTS)),
            entry("ANTT-KDC-5", List.of("securityTeamRating", "securityTeamDisciplined")),
            entry("ANTT-XA-1", List.of("partyResolutionQ1", "peoplesCommitteePlanQ1", "registeredForStandard",
                    "effectiveModels")),
            entry("ANTT-XA-2.2", List.of("policiesImplemented")),
            entry("ANTT-XA-2.3", List.of(EVENTS)),
            entry("ANTT-XA-2.4a", COUNTS),
            entry("ANTT-XA-2.4b", List.of(EVENTS)),
            entry("ANTT-XA-2.4c", SOCIAL_ORDER),
            entry("ANTT-XA-2.4d", List.of(EVENTS)),
            entry("ANTT-XA-3", List.of("policeProactive", "policeDisciplined")),
            entry("ANTT-XA-4", List.of()),
            entry("ANTT-CQDN-1", PREPARATION),
            entry("ANTT-CQDN-2", List.of("policiesImplemented")),
            entry("ANTT-CQDN-3", List.of(EVENTS)),
            entry("ANTT-CQDN-4", FORCE),
            entry("ANTT-CQDN-5", SUB_UNITS),
            entry("ANTT-CSGD-1", PREPARATION),
            entry("ANTT-CSGD-2", List.of("policiesImplemented", "parentCoordination", "level")),
            entry("ANTT-CSGD-3", List.of(EVENTS)),
            entry("ANTT-CSGD-4", List.of(EVENTS)),
            entry("ANTT-CSGD-5", FORCE),
            entry("ANTT-CSGD-6", SUB_UNITS));
    /** A commune's criteria that read other units. */
    private static final Set<String> READS_OTHER_UNITS = Set.of("ANTT-XA-4", "ANTT-XA-2.3", "ANTT-XA-2.4b",
            "ANTT-XA-2.4d");

    /** A removal that criterion {@code kept} of unit {@code unitId} does not read. */
    private record Removal(String unitId, String kept, Mutation mutation) {
        @Override
        public String toString() {
            return mutation + " (" + unitId + " " + kept + " was NOT_MET)";
        }
    }

    @Test
    void removingDataAFailedCriterionDoesNotReadLeavesTheUnitNotAchieved() {
        AtomicInteger checked = new AtomicInteger();
        qt().withFixedSeed(17_052_025L).withExamples(500).withShrinkCycles(100)
                .forAll(Localities.localities(), integers().between(0, Integer.MAX_VALUE - 1))
                .checkAssert((locality, pick) -> {
                    // Given a NOT_ACHIEVED unit, one of its NOT_MET criteria and data that criterion does not read
                    EvaluationReport before = Fixture.EVALUATOR.evaluate(locality.dataset());
                    List<Removal> candidates = removals(locality, before);
                    if (candidates.isEmpty()) {
                        return;
                    }
                    Removal removal = candidates.get(pick % candidates.size());
                    // When that data is removed
                    EvaluationReport after = Fixture.EVALUATOR.evaluate(removal.mutation().result().dataset());
                    // Then
                    assertEquals(Verdict.NOT_MET, Fixture.criterion(after, removal.unitId(), removal.kept()),
                            removal.toString());
                    assertEquals(StandardStatus.NOT_ACHIEVED, Fixture.status(after, removal.unitId()),
                            removal.toString());
                    checked.incrementAndGet();
                });
        assertTrue(checked.get() >= 400, "removals checked: " + checked);
    }

    private static List<Removal> removals(Locality l, EvaluationReport report) {
        List<Removal> all = new ArrayList<>();
        for (Unit u : l.units()) {
            UnitAssessment a = Fixture.unit(report, u.id());
            if (a.standard().status() != StandardStatus.NOT_ACHIEVED) {
                continue;
            }
            for (CriterionResult c : a.standard().criteria()) {
                if (c.status() != Verdict.NOT_MET) {
                    continue;
                }
                List<String> read = READS.get(c.rule());
                for (String name : u.indicators().asMap().keySet()) {
                    if (!read.contains(name)) {
                        all.add(new Removal(u.id(), c.rule(), new Mutation(u.id() + " without " + name,
                                () -> Mutations.indicator(l, u, name, null))));
                    }
                }
                if (u.events() != null && !read.contains(EVENTS)) {
                    all.add(new Removal(u.id(), c.rule(), new Mutation(u.id() + " without events array",
                            () -> Mutations.events(l, u, null))));
                }
                if (u.kind() == UnitKind.COMMUNE && !READS_OTHER_UNITS.contains(c.rule())) {
                    for (Unit other : l.units()) {
                        if (other == u) {
                            continue;
                        }
                        for (String name : other.indicators().asMap().keySet()) {
                            all.add(new Removal(u.id(), c.rule(), new Mutation(other.id() + " without " + name,
                                    () -> Mutations.indicator(l, other, name, null))));
                        }
                        if (other.events() != null) {
                            all.add(new Removal(u.id(), c.rule(), new Mutation(other.id() + " without events array",
                                    () -> Mutations.events(l, other, null))));
                        }
                    }
                }
            }
        }
        return all;
    }
}
