package vn.antq.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.antq.rules.Params;
import vn.antq.rules.UnitFact;

/** Runs one fresh rule session over one chunk of unit facts and collects its conclusions. */
final class SessionRunner {
    /** The kinds of input fact its sessions hold. */
    static final Set<Class<?>> HELD = Set.of(UnitFact.class);

    private final LoadedPack pack;
    private final Params params;
    private final Consumer<String> fired;

    SessionRunner(LoadedPack pack, Params params, Consumer<String> fired) {
        this.pack = pack;
        this.params = params;
        this.fired = fired;
    }

    ChunkResult run(List<UnitFact> chunk) {
        try (RuleSession session = RuleSession.open(pack, params, HELD, fired)) {
            return ChunkResult.of(session.insertAll(chunk).fire());
        }
    }
}
