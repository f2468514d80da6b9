package vn.antq.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.MedalReview;
import vn.antq.commendation.Proposal;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetTotal;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.TeamResult;
import vn.antq.movement.MovementClassification;
import vn.antq.pack.DisabledRule;
import vn.antq.pack.LayerInfo;
import vn.antq.pack.PackInfo;
import vn.antq.plan.PlanInfo;
import vn.antq.plan.TargetResult;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.Recognition;
import vn.antq.standard.StandardAssessment;
import vn.antq.standard.UsedParameter;

/**
 * Writes the report format {@code antq-report/1.1} (contract.md §2): UTF-8 JSON, pretty-printed with
 * two-space indentation, {@code \n} line ends and a trailing newline. Fields come in a fixed order and
 * scores are plain decimal numbers, so equal reports give byte-identical files.
 *
 * <p>Optional fields are left out when empty: a unit's {@code type} and {@code parent}, the standard's
 * {@code window} and {@code exclusion}, the movement's {@code rule}. A movement {@code score} is
 * {@code null} when the data had none. {@code plan} is present and {@code targets} filled only when a
 * plan was evaluated.
 *
 * @since 0.1
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The packs layered on the rule pack, and the rules they switch off with the reason. */
    private static void layers(JsonGenerator json, PackInfo pack) throws IOException {
        json.writeArrayFieldStart("layers");
        for (LayerInfo layer : pack.layers()) {
            json.writeStartObject();
            json.writeStringField("pack", layer.id());
            json.writeStringField("name", layer.name());
            json.writeStringField("version", layer.version());
            json.writeStringField("extends", layer.extendsId());
            json.writeStringField("legalBasis", layer.legalBasis());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("disabledRules");
        for (DisabledRule rule : pack.disabledRules()) {
            json.writeStartObject();
            json.writeStringField("rule", rule.rule());
            json.writeStringField("label", rule.label());
            json.writeStringField("source", rule.source());
            json.writeStringField("reason", rule.reason());
            json.writeStringField("layer", rule.layerId());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Creates a writer; it holds no state. */
    public JsonReportWriter() {
    }

    @Override
    public void write(EvaluationReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", EvaluationReport.FORMAT);
            json.writeNumberField("year", report.year());
            json.writeStringField("referenceDate", report.referenceDate().toString());
            json.writeObjectFieldStart("rules");
            json.writeStringField("pack", report.pack().id());
            json.writeStringField("name", report.pack().name());
            json.writeStringField("version", report.pack().version());
            if (!report.pack().layers().isEmpty()) {
                layers(json, report.pack());
            }
            strings(json, "provisionalParameters", report.provisionalParameters());
            json.writeEndObject();
            if (report.plan() != null) {
                plan(json, report.plan());
            }
            json.writeArrayFieldStart("units");
            for (UnitAssessment unit : report.units()) {
                unit(json, unit);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("targets");
            for (TargetResult target : report.targets()) {
                target(json, target);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("budget");
            for (BudgetFinding finding : report.budget()) {
                budget(json, finding);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("budgetTotals");
            for (BudgetTotal total : BudgetTotal.of(report.budget())) {
                json.writeStartObject();
                json.writeStringField("unit", total.unitId());
                json.writeStringField("spender", total.spender().name());
                json.writeNumberField("lines", total.lines());
                json.writeNumberField("amount", total.amount());
                json.writeNumberField("overNorm", total.overNorm());
                json.writeNumberField("lackingData", total.lackingData());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("budgetCaps");
            for (BudgetCapFinding cap : report.budgetCaps()) {
                budgetCap(json, cap);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("proposals");
            for (Proposal proposal : report.proposals()) {
                proposal(json, proposal);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("securityTeams");
            for (TeamResult team : report.securityTeams()) {
                team(json, team);
            }
            json.writeEndArray();
            if (report.medals() != null) {
                medals(json, report.medals());
            }
            strings(json, "warnings", report.warnings());
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void unit(JsonGenerator json, UnitAssessment unit) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", unit.id());
        json.writeStringField("kind", unit.kind().name());
        if (unit.type() != null) {
            json.writeStringField("type", unit.type().name());
        }
        json.writeStringField("name", unit.name());
        if (unit.parentId() != null) {
            json.writeStringField("parent", unit.parentId());
        }
        standard(json, unit.standard());
        movement(json, unit.movement());
        if (unit.recognition() != null) {
            recognition(json, unit.recognition());
        }
        json.writeEndObject();
    }

    private static void recognition(JsonGenerator json, Recognition r) throws IOException {
        json.writeObjectFieldStart("recognition");
        json.writeStringField("rule", r.rule());
        json.writeStringField("authority", r.authority());
        if (r.authorityUnitId() != null) {
            json.writeStringField("authorityUnit", r.authorityUnitId());
        }
        json.writeBooleanField("determined", r.determined());
        if (r.deadline() != null) {
            json.writeStringField("before", r.deadline().toString());
        }
        if (r.source() != null) {
            json.writeStringField("source", r.source());
        }
        provisional(json, r.provisional(), r.provisionalBasis());
        parameters(json, r.parameters());
        json.writeEndObject();
    }

    private static void standard(JsonGenerator json, StandardAssessment standard) throws IOException {
        json.writeObjectFieldStart("standard");
        json.writeStringField("status", standard.status().name());
        provisional(json, standard.provisional(), standard.provisionalBasis());
        if (standard.window() != null) {
            json.writeObjectFieldStart("window");
            json.writeStringField("from", standard.window().from().toString());
            json.writeStringField("to", standard.window().to().toString());
            json.writeEndObject();
        }
        if (standard.exclusion() != null) {
            json.writeStringField("exclusion", standard.exclusion());
        }
        json.writeArrayFieldStart("criteria");
        for (CriterionResult c : standard.criteria()) {
            json.writeStartObject();
            json.writeStringField("rule", c.rule());
            json.writeStringField("status", c.status().name());
            json.writeStringField("label", c.label());
            json.writeStringField("actual", c.actual());
            json.writeStringField("required", c.required());
            json.writeStringField("source", c.source());
            provisional(json, c.provisional(), c.provisionalBasis());
            parameters(json, c.parameters());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void movement(JsonGenerator json, MovementClassification movement) throws IOException {
        json.writeObjectFieldStart("movement");
        json.writeStringField("level", movement.level().name());
        json.writeFieldName("score");
        if (movement.score() == null) {
            json.writeNull();
        } else {
            json.writeNumber(movement.score());
        }
        provisional(json, movement.provisional(), movement.provisionalBasis());
        if (movement.rule() != null) {
            json.writeStringField("rule", movement.rule());
        }
        parameters(json, movement.parameters());
        json.writeEndObject();
    }

    private static void plan(JsonGenerator json, PlanInfo plan) throws IOException {
        json.writeObjectFieldStart("plan");
        json.writeStringField("id", plan.id());
        json.writeStringField("title", plan.title());
        json.writeStringField("issuer", plan.issuer());
        json.writeStringField("legalBasis", plan.legalBasis());
        json.writeNumberField("year", plan.year());
        json.writeStringField("scope", plan.scope());
        json.writeStringField("groupBy", plan.groupBy());
        json.writeEndObject();
    }

    private static void target(JsonGenerator json, TargetResult t) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", t.id());
        json.writeStringField("scope", t.scope());
        json.writeStringField("scopeName", t.scopeName());
        json.writeStringField("status", t.status().name());
        json.writeStringField("measure", t.count() ? "COUNT" : "SHARE");
        json.writeNumberField("actual", t.actual());
        json.writeStringField("required", t.required());
        json.writeNumberField("numerator", t.numerator());
        json.writeNumberField("denominator", t.denominator());
        json.writeStringField("label", t.label());
        json.writeStringField("source", t.source());
        provisional(json, t.provisional(), t.provisionalBasis());
        parameters(json, t.parameters());
        strings(json, "against", t.against());
        strings(json, "undecided", t.undecided());
        json.writeEndObject();
    }

    private static void budget(JsonGenerator json, BudgetFinding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("line", f.lineId());
        json.writeStringField("unit", f.unitId());
        json.writeStringField("spender", f.spender().name());
        json.writeNumberField("amount", f.amount());
        if (f.rule() != null) {
            json.writeStringField("rule", f.rule());
        }
        json.writeStringField("status", f.status().name());
        json.writeStringField("label", f.label());
        json.writeStringField("actual", f.actual());
        json.writeStringField("required", f.required());
        if (f.allowed() != null) {
            json.writeNumberField("allowed", f.allowed());
        }
        if (f.source() != null) {
            json.writeStringField("source", f.source());
        }
        provisional(json, f.provisional(), f.provisionalBasis());
        parameters(json, f.parameters());
        json.writeEndObject();
    }

    private static void budgetCap(JsonGenerator json, BudgetCapFinding c) throws IOException {
        json.writeStartObject();
        json.writeStringField("unit", c.unitId());
        json.writeStringField("spender", c.spender().name());
        json.writeStringField("category", c.category().name());
        json.writeStringField("rule", c.rule());
        json.writeStringField("status", c.status().name());
        json.writeStringField("label", c.label());
        json.writeStringField("actual", c.actual());
        json.writeStringField("required", c.required());
        if (c.total() != null) {
            json.writeNumberField("total", c.total());
        }
        if (c.cap() != null) {
            json.writeNumberField("cap", c.cap());
        }
        strings(json, "lines", c.lineIds());
        if (c.source() != null) {
            json.writeStringField("source", c.source());
        }
        provisional(json, c.provisional(), c.provisionalBasis());
        parameters(json, c.parameters());
        json.writeEndObject();
    }

    private static void proposal(JsonGenerator json, Proposal p) throws IOException {
        json.writeStartObject();
        json.writeStringField("unit", p.unitId());
        json.writeStringField("award", p.award().name());
        json.writeStringField("awardLabel", p.award().labelVi());
        json.writeStringField("status", p.status().name());
        json.writeNumberField("rank", p.rank());
        if (p.score() != null) {
            json.writeNumberField("score", p.score());
        } else {
            json.writeNullField("score");
        }
        json.writeNumberField("yearsAchieved", p.yearsAchieved());
        strings(json, "reasons", p.reasons());
        json.writeStringField("rule", p.rule());
        json.writeStringField("source", p.source());
        provisional(json, p.provisional(), p.provisionalBasis());
        parameters(json, p.parameters());
        json.writeEndObject();
    }

    private static void team(JsonGenerator json, TeamResult t) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", t.teamId());
        strings(json, "areas", t.areaIds());
        json.writeStringField("staffed", t.staffed().name());
        json.writeStringField("actual", t.actual());
        json.writeStringField("required", t.required());
        if (t.source() != null) {
            json.writeStringField("source", t.source());
        }
        provisional(json, !t.provisionalBasis().isEmpty(), t.provisionalBasis());
        parameters(json, t.parameters());
        rating(json, t.rating());
        json.writeArrayFieldStart("members");
        for (MemberResult m : t.members()) {
            json.writeStartObject();
            json.writeStringField("id", m.memberId());
            json.writeStringField("name", m.name());
            json.writeStringField("role", m.role().name());
            json.writeStringField("eligible", m.eligible().name());
            strings(json, "reasons", m.reasons());
            if (m.monthlySupport() != null) {
                json.writeNumberField("monthlySupport", m.monthlySupport());
            }
            if (!m.supportReasons().isEmpty()) {
                strings(json, "supportReasons", m.supportReasons());
            }
            provisional(json, m.provisional(), m.provisionalBasis());
            strings(json, "supportProvisionalBasis", m.supportProvisionalBasis());
            rating(json, m.rating());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void rating(JsonGenerator json, RatingResult r) throws IOException {
        json.writeObjectFieldStart("rating");
        json.writeStringField("status", r.status().name());
        if (r.rating() != null) {
            json.writeStringField("rating", r.rating().name());
        }
        json.writeStringField("actual", r.actual());
        json.writeStringField("required", r.required());
        strings(json, "reasons", r.reasons());
        if (r.rule() != null) {
            json.writeStringField("rule", r.rule());
            json.writeStringField("source", r.source());
        }
        provisional(json, r.provisional(), r.provisionalBasis());
        parameters(json, r.parameters());
        json.writeEndObject();
    }

    private static void medals(JsonGenerator json, MedalReview review) throws IOException {
        json.writeObjectFieldStart("medals");
        json.writeStringField("proposalDate", review.proposalDate().toString());
        json.writeNumberField("membersChecked", review.membersChecked());
        json.writeNumberField("membersShortOfTime", review.membersShortOfTime());
        json.writeArrayFieldStart("candidates");
        for (MedalResult m : review.results()) {
            json.writeStartObject();
            json.writeStringField("id", m.personId());
            json.writeStringField("name", m.name());
            json.writeStringField("candidate", m.candidate().name());
            if (m.teamId() != null) {
                json.writeStringField("team", m.teamId());
            }
            if (m.unitId() != null) {
                json.writeStringField("unit", m.unitId());
            }
            json.writeStringField("eligible", m.eligible().name());
            json.writeStringField("status", m.status().name());
            json.writeStringField("actual", m.actual());
            json.writeStringField("required", m.required());
            strings(json, "reasons", m.reasons());
            if (m.deadline() != null) {
                json.writeStringField("deadline", m.deadline().toString());
            }
            if (m.lateNote() != null) {
                json.writeStringField("late", m.lateNote());
            }
            json.writeStringField("rule", m.rule());
            json.writeStringField("source", m.source());
            provisional(json, m.provisional(), m.provisionalBasis());
            parameters(json, m.parameters());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void parameters(JsonGenerator json, List<UsedParameter> parameters) throws IOException {
        json.writeArrayFieldStart("parameters");
        for (UsedParameter p : parameters) {
            json.writeStartObject();
            json.writeStringField("id", p.id());
            json.writeStringField("value", p.value());
            json.writeStringField("source", p.source());
            json.writeBooleanField("provisional", p.provisional());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /** Writes whether a conclusion is provisional and the provisional parameters it rests on. */
    private static void provisional(JsonGenerator json, boolean provisional, List<String> basis) throws IOException {
        json.writeBooleanField("provisional", provisional);
        strings(json, "provisionalBasis", basis);
    }
}
