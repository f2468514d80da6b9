package vn.antq.rules;

import java.util.List;
import vn.antq.movement.MovementLevel;
import vn.antq.verdict.Verdict;

/**
 * What a share target reads of each unit the rule counts: whether the unit meets it (MET), does not (NOT_MET)
 * or cannot be decided from its data (UNKNOWN). Which units count (kind, status, level) is the rule's
 * left-hand side, not the measure's.
 *
 * @since 0.1
 */
public enum Measure {
    /** The unit achieves the standard (KH 67 chỉ tiêu 5); a pending status is undecided. */
    STANDARD_ACHIEVED {
        @Override
        List<String> basis(OutcomeFact u) {
            return u.standardBasis();
        }

        @Override
        Verdict meets(OutcomeFact u) {
            return switch (u.standard()) {
                case ACHIEVED -> Verdict.MET;
                case NOT_ACHIEVED -> Verdict.NOT_MET;
                default -> Verdict.UNKNOWN;
            };
        }
    },
    /** The unit's movement is rated Khá or Xuất sắc (chỉ tiêu 6); a level lacking data is undecided. */
    MOVEMENT_GOOD_OR_BETTER {
        @Override
        List<String> basis(OutcomeFact u) {
            return u.movementBasis();
        }

        @Override
        Verdict meets(OutcomeFact u) {
            if (u.movement() == MovementLevel.INSUFFICIENT_DATA) {
                return Verdict.UNKNOWN;
            }
            return Verdict.of(u.movement().isGoodOrBetter());
        }
    },
    /** The movement's documents reached the unit ({@code documentsDeployed}, chỉ tiêu 2). */
    DOCUMENTS_DEPLOYED {
        @Override
        Verdict meets(OutcomeFact u) {
            return Verdict.of(u.indicators().flag("documentsDeployed"));
        }
    },
    /**
     * The unit has its Q1 resolution (where a Party organisation exists) and its People's Committee plan
     * ({@code peoplesCommitteePlanQ1}): what chỉ tiêu 3 reads of a commune.
     */
    RESOLUTION_AND_COMMITTEE_PLAN {
        @Override
        Verdict meets(OutcomeFact u) {
            return resolution(u).and(Verdict.of(u.indicators().flag("peoplesCommitteePlanQ1")));
        }
    },
    /**
     * The unit has its Q1 resolution (where a Party organisation exists) and its head's plan ({@code planQ1}):
     * what chỉ tiêu 3 reads of an agency, enterprise or school.
     */
    RESOLUTION_AND_HEAD_PLAN {
        @Override
        Verdict meets(OutcomeFact u) {
            return resolution(u).and(Verdict.of(u.indicators().flag("planQ1")));
        }
    },
    /**
     * The unit's security force (lực lượng bảo vệ) is staffed to its number ({@code securityForceStaffed}) and
     * trained ({@code securityForceTrained}): KH 67's task on the security forces of agencies, enterprises and
     * schools.
     */
    SECURITY_FORCE_READY {
        @Override
        Verdict meets(OutcomeFact u) {
            return Verdict.of(u.indicators().flag("securityForceStaffed"))
                    .and(Verdict.of(u.indicators().flag("securityForceTrained")));
        }
    };

    /** The Q1 resolution does not apply to a unit without a Party organisation. */
    private static Verdict resolution(OutcomeFact u) {
        return Boolean.FALSE.equals(u.indicators().flag("hasPartyOrganization"))
                ? Verdict.NOT_APPLICABLE : Verdict.of(u.indicators().flag("partyResolutionQ1"));
    }

    /** @param u a unit it counts @return whether the unit meets it */
    abstract Verdict meets(OutcomeFact u);

    /**
     * @param u a unit it counts
     * @return the provisional parameters the unit's result it reads rests on; none when it reads only data
     */
    List<String> basis(OutcomeFact u) {
        return List.of();
    }
}
