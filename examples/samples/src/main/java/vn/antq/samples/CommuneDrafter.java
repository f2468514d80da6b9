package vn.antq.samples;

import java.util.List;
import java.util.Set;

/** Draws the indicators and events of a commune (xã, phường, thị trấn). */
final class CommuneDrafter {

    /** One way to miss the standard of TT 124 Điều 5, with how often it is chosen. */
    private enum Fault {
        /** Khoản 1: the Đảng ủy has no resolution in quarter I. */
        PARTY_RESOLUTION(1),
        /** Khoản 1: the People's Committee has no plan in quarter I. */
        COMMITTEE_PLAN(1),
        /** Khoản 1: the commune did not register. */
        NOT_REGISTERED(1),
        /** Khoản 1: no model of the movement works well. */
        NO_EFFECTIVE_MODEL(1),
        /** Khoản 2 (Điều 4 khoản 2–4 on its territory): see {@link PublicOrder}. */
        PUBLIC_ORDER(8),
        /** Khoản 3: a member of the commune police was disciplined. */
        POLICE_DISCIPLINED(1),
        /** Khoản 3: the commune police did not keep ahead of the situation. */
        POLICE_NOT_PROACTIVE(1);

        private final int weight;

        Fault(int weight) {
            this.weight = weight;
        }
    }

    private final AssessmentWindow window;

    /** @param year the assessment year */
    CommuneDrafter(int year) {
        this.window = AssessmentWindow.forOtherUnits(year);
    }

    /**
     * @param dice     the commune's draws
     * @param standing how things stand in the commune
     * @param commune  the commune
     * @return the drafted unit
     */
    SampleUnit draft(Dice dice, Standing standing, AdministrativeUnit commune) {
        UnitDraft draft = new UnitDraft(commune.code(), UnitKind.COMMUNE, commune.datasetType(), commune.name(),
                commune.parentCode());
        draft.set("partyResolutionQ1", true)
                .set("peoplesCommitteePlanQ1", true)
                .set("registeredForStandard", true)
                .set("effectiveModels", dice.between(1, 4))
                .set("policiesImplemented", true);
        PublicOrder.addRecord(dice, draft, 25, 12, 40);
        draft.set("policeDisciplined", 0).set("policeProactive", true);
        int households = commune.isRuralCommune() ? dice.between(1200, 6000) : dice.between(2000, 12000);
        CommonIndicators.addMovementAndOutreach(dice, draft, households);
        if ("PHUONG".equals(commune.datasetType())) {
            draft.set("modelWardPolice", dice.chance(0.4));
        }
        if (dice.chance(0.05)) {
            draft.event(EventDraws.harmless(dice, window, PublicOrder.COUNTED_EVENTS, List.of()));
        }
        switch (standing.outcome(dice)) {
            case FAULTY -> breakOne(dice, draft, standing.allowsIncidents());
            case INCOMPLETE -> draft.withholdData(dice, Set.of());
            case CLEAN -> {
            }
        }
        return draft.build();
    }

    private void breakOne(Dice dice, UnitDraft draft, boolean incidents) {
        switch (dice.pick(List.of(Fault.values()), fault -> fault.weight)) {
            case PARTY_RESOLUTION -> draft.set("partyResolutionQ1", false);
            case COMMITTEE_PLAN -> draft.set("peoplesCommitteePlanQ1", false);
            case NOT_REGISTERED -> draft.set("registeredForStandard", false);
            case NO_EFFECTIVE_MODEL -> draft.set("effectiveModels", 0);
            case PUBLIC_ORDER -> PublicOrder.breakOne(dice, draft, window, incidents);
            case POLICE_DISCIPLINED -> draft.set("policeDisciplined", 1);
            case POLICE_NOT_PROACTIVE -> draft.set("policeProactive", false);
        }
    }
}
