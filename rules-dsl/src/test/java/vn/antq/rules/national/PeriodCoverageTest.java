package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.PersonCases;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.Problem;
import vn.antq.evaluation.PeriodNotCoveredException;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;

/**
 * A dataset whose period the pack does not cover is rejected before any rule runs, naming the dataset's field, the
 * first day the pack covers and the parameters without a value, instead of failing inside the engine (or, worse,
 * leaving the rules that join those parameters silently unfired).
 */
class PeriodCoverageTest {

    @Test
    void aDatasetOfAYearBeforeThePackIsRejectedNamingTheReferenceDate() throws Exception {
        Dataset dataset = threeUnits(2021, "2021-11-15");
        PeriodNotCoveredException e = assertThrows(PeriodNotCoveredException.class,
                () -> Fixture.EVALUATOR.evaluate(dataset));
        Problem problem = e.problems().get(0);
        assertEquals("referenceDate", problem.field());
        assertTrue(problem.expected().startsWith("a day from 20"), problem.expected());
        assertTrue(problem.found().startsWith("2021-11-15") && problem.found()
                .contains("dieu8.window.khuDanCu"), problem.found());
    }

    @Test
    void theFirstDayThePackCoversIsAcceptedAndTheDayBeforeIsNot() throws Exception {
        // TT 124/2021/TT-BCA is in force from 10/02/2022: its parameters start that day
        Dataset first = threeUnits(2022, "2022-02-10");
        assertDoesNotThrow(() -> Fixture.EVALUATOR.evaluate(first));
        Dataset dayBefore = threeUnits(2022, "2022-02-09");
        PeriodNotCoveredException e = assertThrows(PeriodNotCoveredException.class,
                () -> Fixture.EVALUATOR.evaluate(dayBefore));
        assertEquals("a day from 2022-02-10 on, which the rule pack antq-national covers",
                e.problems().get(0).expected());
    }

    private static Dataset threeUnits(int year, String referenceDate) throws Exception {
        return DatasetReader.read("""
                {"format":"antq-dataset/1","year":%d,"referenceDate":"%s","units":[
                 {"id":"P","kind":"PROVINCE","name":"Tỉnh"},
                 {"id":"D","kind":"DISTRICT","type":"HUYEN","name":"Huyện","parent":"P"},
                 {"id":"C","kind":"COMMUNE","type":"XA","name":"Xã","parent":"D"}]}""".formatted(year, referenceDate));
    }

    @Test
    void aMedalProposalDateBeforeTheMedalRulesIsRejectedNamingIt() {
        TeamMember m = new TeamMember("m1", "Trần Thị Bình", TeamRole.MEMBER, LocalDate.of(1970, 1, 1), true,
                Education.UPPER_SECONDARY, LocalDate.of(1990, 1, 1), AreaType.NORMAL, null, false, false,
                LocalDate.of(2010, 1, 1), DutyRecord.NONE,
                new ServiceRecord(List.of(), List.of(), true, false, PersonCases.CLEAR));
        Dataset dataset = new Fixture().commune("c1").residentialArea("r1", "c1")
                .team(new SecurityTeam("T1", List.of("r1"), LocalDate.of(2024, 7, 1), List.of(m)))
                .medalProposalDate("1995-01-01").dataset();
        PeriodNotCoveredException e = assertThrows(PeriodNotCoveredException.class,
                () -> Fixture.EVALUATOR.evaluate(dataset));
        assertEquals(List.of("medalProposalDate"), e.problems().stream().map(Problem::field).toList());
    }
}
