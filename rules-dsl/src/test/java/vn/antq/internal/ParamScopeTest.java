package vn.antq.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePack;
import vn.antq.rules.MedalFact;
import vn.antq.rules.MemberFact;
import vn.antq.rules.Param;
import vn.antq.rules.Params;
import vn.antq.rules.TeamFact;
import vn.antq.rules.UnitFact;

/** A session gets the parameters of the rules that can fire in it, and every parameter those rules join. */
class ParamScopeTest {
    private static LoadedPack pack;
    private static Params params;

    @BeforeAll
    static void load() {
        pack = PackLoader.load(RulePack.national(), ParamScopeTest.class.getClassLoader());
        params = new Params(pack.parameters().at(LocalDate.of(2024, 12, 31)));
    }

    private static Set<String> ids(Set<Class<?>> held) {
        return pack.scope().facts(params, held).stream().map(Param::getId).collect(Collectors.toSet());
    }

    private static Set<String> joinedBy(String rulePrefix) {
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : pack.rules().values()) {
            if (r.id().startsWith(rulePrefix)) {
                ids.addAll(r.parameters());
            }
        }
        return ids;
    }

    @Test
    void aTeamSessionGetsEveryParameterOfTheTeamRulesAndNoneOfTheUnitCriteria() {
        Set<String> team = ids(Set.of(TeamFact.class, MemberFact.class));
        assertTrue(team.containsAll(joinedBy("HD01-")), "HD 01 rules: " + joinedBy("HD01-"));
        assertTrue(team.containsAll(joinedBy("L30-")), "Luật 30 rules: " + joinedBy("L30-"));
        assertFalse(team.contains("kdc.households.registeredShare.min"), team.toString());
        assertFalse(team.contains("knc.regime"), team.toString());
        assertTrue(team.size() < params.facts().size(), team.size() + " of " + params.facts().size());
    }

    @Test
    void aUnitSessionGetsTheCriteriaParametersAndNotTheMedals() {
        Set<String> units = ids(Set.of(UnitFact.class));
        assertTrue(units.containsAll(joinedBy("ANTT-KDC-")), units.toString());
        assertFalse(units.contains("knc.regime"));
        Set<String> medals = ids(Set.of(MedalFact.class));
        assertTrue(medals.containsAll(joinedBy("KNC-")), medals.toString());
        assertFalse(medals.containsAll(joinedBy("ANTT-KDC-")));
    }

    @Test
    void everyParameterSomeRuleJoinsReachesTheSessionsOfAllInputs() {
        Set<String> all = ids(RuleSession.INPUTS);
        Set<String> joined = new HashSet<>();
        pack.rules().values().forEach(r -> joined.addAll(r.parameters()));
        assertEquals(joined, all);
    }

    @Test
    void aKindTheEngineDoesNotInsertIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> pack.scope().facts(params, Set.of(String.class)));
    }
}
