package vn.antq.rules;

import java.util.List;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * What a share target counts, unit by unit: which units it is computed over and, for each, whether the
 * unit meets it (MET), does not (NOT_MET) or cannot be decided from the data (UNKNOWN).
 *
 * @since 0.1
 */
public enum Measure {
    /** Units assessed against the standard (not NOT_APPLICABLE) that achieve it (KH 67 chỉ tiêu 5). */
    STANDARD_ACHIEVED {
        @Override
        boolean counts(OutcomeFact u) {
            return u.kind().isAssessed() && u.standard() != StandardStatus.NOT_APPLICABLE;
        }

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
    /** Units classified in the movement (khu dân cư to schools) rated Khá or Xuất sắc (chỉ tiêu 6). */
    MOVEMENT_GOOD_OR_BETTER {
        @Override
        boolean counts(OutcomeFact u) {
            return u.kind().isAssessed() && u.movement() != MovementLevel.NOT_APPLICABLE;
        }

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
    /** Units of the assessed kinds that the movement's documents reached ({@code documentsDeployed}, chỉ tiêu 2). */
    DOCUMENTS_DEPLOYED {
        @Override
        boolean counts(OutcomeFact u) {
            return u.kind().isAssessed();
        }

        @Override
        Verdict meets(OutcomeFact u) {
            return Verdict.of(u.indicators().flag("documentsDeployed"));
        }
    },
    /**
     * Communes, agencies, enterprises and schools with their Q1 resolution (where a Party organisation
     * exists) and their plan: the commune's People's Committee plan, or the head's plan (chỉ tiêu 3).
     */
    RESOLUTION_AND_PLAN {
        @Override
        boolean counts(OutcomeFact u) {
            return u.kind().isAssessed() && u.kind() != UnitKind.RESIDENTIAL_AREA;
        }

        @Override
        Verdict meets(OutcomeFact u) {
            Verdict resolution = Boolean.FALSE.equals(u.indicators().flag("hasPartyOrganization"))
                    ? Verdict.NOT_APPLICABLE : Verdict.of(u.indicators().flag("partyResolutionQ1"));
            String plan = u.kind() == UnitKind.COMMUNE ? "peoplesCommitteePlanQ1" : "planQ1";
            return resolution.and(Verdict.of(u.indicators().flag(plan)));
        }
    },
    /**
     * Agencies, enterprises and schools whose security force (lực lượng bảo vệ) is staffed to its number
     * ({@code securityForceStaffed}) and trained ({@code securityForceTrained}): KH 67's task on the security
     * forces of agencies, enterprises and schools. A unit that reports no security force
     * ({@code securityForceRating} {@code NONE}, as TT 124 reads it) is not counted, nor is a unit outside the
     * standard's scope (TT 124 Điều 1: armed forces, small and micro enterprises, primary schools and below).
     */
    SECURITY_FORCE_READY {
        @Override
        boolean counts(OutcomeFact u) {
            boolean organisation = u.kind() == UnitKind.AGENCY || u.kind() == UnitKind.ENTERPRISE
                    || u.kind() == UnitKind.SCHOOL;
            return organisation && u.standard() != StandardStatus.NOT_APPLICABLE
                    && !"NONE".equals(u.indicators().code("securityForceRating"));
        }

        @Override
        Verdict meets(OutcomeFact u) {
            return Verdict.of(u.indicators().flag("securityForceStaffed"))
                    .and(Verdict.of(u.indicators().flag("securityForceTrained")));
        }
    };

    /** @param u a unit @return true when the target is computed over it */
    abstract boolean counts(OutcomeFact u);

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
