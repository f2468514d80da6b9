package vn.antq.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import vn.antq.dataset.Dataset;
import vn.antq.pack.RuleInfo;
import vn.antq.rules.ManagedUnitFact;
import vn.antq.rules.Params;
import vn.antq.rules.RecognitionFact;
import vn.antq.standard.Recognition;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.Unit;

/**
 * Says, for every unit judged against the standard and valid on the reference date, who recognises it and by when
 * (TT 124/2021/TT-BCA Điều 9, Điều 10), in one session of {@link ManagedUnitFact}s: the unit, its managing unit
 * and that unit's kind. A unit no rule covers has no recognition.
 */
final class RecognitionRun {
    /** The kinds of input fact its sessions hold. */
    static final Set<Class<?>> HELD = Set.of(ManagedUnitFact.class);

    private final LoadedPack pack;
    private final Params params;
    private final ReportAssembler assembler;
    private final Consumer<String> fired;

    RecognitionRun(LoadedPack pack, Params params, ReportAssembler assembler, Consumer<String> fired) {
        this.pack = pack;
        this.params = params;
        this.assembler = assembler;
        this.fired = fired;
    }

    /**
     * @param dataset the dataset
     * @param byId    its units by id
     * @return the recognition of each unit some rule covers, by unit id
     */
    Map<String, Recognition> run(Dataset dataset, Map<String, Unit> byId) {
        Map<String, Recognition> out = new HashMap<>();
        try (RuleSession session = RuleSession.open(pack, params, HELD, fired)) {
            for (Unit u : dataset.units()) {
                if (u.kind().isAssessed() && u.isValidOn(dataset.referenceDate())) {
                    Unit manager = u.managingUnitId() == null ? null : byId.get(u.managingUnitId());
                    session.insert(new ManagedUnitFact(u.id(), u.kind(), manager == null ? null : manager.id(),
                            manager == null ? null : manager.kind(), u.indicators().flag("followedByMinistry"),
                            dataset.year()));
                }
            }
            session.fire();
            for (RecognitionFact f : session.all(RecognitionFact.class)) {
                RuleInfo info = pack.rules().get(f.ruleId());
                List<UsedParameter> used = assembler.parameters(f.parameterIds());
                out.put(f.unitId(), new Recognition(f.ruleId(), f.authority(), f.authorityUnitId(), f.determined(),
                        f.deadline(), info == null ? null : info.source(), used));
            }
        }
        return out;
    }
}
