package vn.antq.samples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Streams an {@code antq-dataset/1} document in UTF-8: {@link #begin}, then {@link #unit} for each unit, then
 * {@link #end} with the campaigns, on the three-tier structure the budget lines and the history, then the Tổ bảo vệ
 * ANTT, the leaders and the day of the Kỷ niệm chương proposal. Fields always come in the same order, so the same
 * units give the same bytes.
 */
final class DatasetWriter implements Closeable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private final JsonGenerator json;

    /**
     * @param out where to write; it is flushed by {@link #end} but never closed
     * @throws IOException if the generator cannot be created
     */
    DatasetWriter(OutputStream out) throws IOException {
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(new UnitPerLineLayout());
    }

    /**
     * Writes the header and opens the units.
     *
     * @param title         the title
     * @param year          the assessment year
     * @param referenceDate the day at which the structure is read
     * @throws IOException if writing fails
     */
    void begin(String title, int year, LocalDate referenceDate) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", "antq-dataset/1");
        json.writeStringField("title", title);
        json.writeNumberField("year", year);
        json.writeStringField("referenceDate", referenceDate.toString());
        json.writeArrayFieldStart("units");
    }

    /**
     * @param unit the next unit
     * @throws IOException if writing fails
     */
    void unit(SampleUnit unit) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", unit.id());
        json.writeStringField("kind", unit.kind().name());
        if (unit.type() != null) {
            json.writeStringField("type", unit.type());
        }
        json.writeStringField("name", unit.name());
        if (unit.parent() != null) {
            json.writeStringField("parent", unit.parent());
        }
        if (unit.validFrom() != null) {
            json.writeStringField("validFrom", unit.validFrom().toString());
        }
        if (unit.validTo() != null) {
            json.writeStringField("validTo", unit.validTo().toString());
        }
        if (unit.successor() != null) {
            json.writeStringField("successor", unit.successor());
        }
        if (!unit.indicators().isEmpty()) {
            json.writeObjectFieldStart("indicators");
            for (Map.Entry<String, Object> indicator : unit.indicators().entrySet()) {
                writeIndicator(indicator.getKey(), indicator.getValue());
            }
            json.writeEndObject();
        }
        if (unit.events() != null) {
            json.writeArrayFieldStart("events");
            for (SampleEvent event : unit.events()) {
                writeEvent(event);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * Closes the units, writes the {@code campaigns} array, then, unless null, the {@code budgetLines}, the
     * {@code history}, the {@code securityTeams} and the {@code leaders} arrays, one line each (a Tổ's members inline),
     * and the {@code medalProposalDate}; ends the document with a newline and flushes.
     *
     * @param campaigns         the campaigns, in writing order (may be empty)
     * @param budgetLines       the budget lines, in writing order (may be empty), or null to leave the field out
     * @param history           the results of earlier years, in writing order (may be empty), or null to leave the
     *                          field out
     * @param securityTeams     the Tổ bảo vệ ANTT, in writing order (may be empty), or null to leave the field out
     * @param leaders           the leaders considered for the Kỷ niệm chương, in writing order (may be empty), or
     *                          null to leave the field out
     * @param medalProposalDate the day of the Kỷ niệm chương proposal, or null to leave the field out
     * @throws IOException if writing fails
     */
    void end(List<SampleCampaign> campaigns, List<SampleBudgetLine> budgetLines,
             List<UnitRecords.YearResult> history, List<SecurityTeamRoster.Team> securityTeams, List<Leader> leaders,
             LocalDate medalProposalDate) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("campaigns");
        for (SampleCampaign campaign : campaigns) {
            writeCampaign(campaign);
        }
        json.writeEndArray();
        if (budgetLines != null) {
            json.writeArrayFieldStart("budgetLines");
            for (SampleBudgetLine line : budgetLines) {
                writeBudgetLine(line);
            }
            json.writeEndArray();
        }
        if (history != null) {
            json.writeArrayFieldStart("history");
            for (UnitRecords.YearResult result : history) {
                json.writeStartObject();
                json.writeStringField("unit", result.unit());
                json.writeNumberField("year", result.year());
                json.writeStringField("standard", result.standard());
                json.writeStringField("movement", result.movement());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (securityTeams != null) {
            json.writeArrayFieldStart("securityTeams");
            for (SecurityTeamRoster.Team team : securityTeams) {
                writeTeam(team);
            }
            json.writeEndArray();
        }
        if (leaders != null) {
            json.writeArrayFieldStart("leaders");
            for (Leader leader : leaders) {
                writeLeader(leader);
            }
            json.writeEndArray();
        }
        if (medalProposalDate != null) {
            json.writeStringField("medalProposalDate", medalProposalDate.toString());
        }
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void writeCampaign(SampleCampaign campaign) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", campaign.id());
        json.writeStringField("kind", campaign.kind());
        json.writeStringField("name", campaign.name());
        json.writeStringField("from", campaign.from().toString());
        json.writeStringField("to", campaign.to().toString());
        if (campaign.keyDate() != null) {
            json.writeStringField("keyDate", campaign.keyDate().toString());
        }
        if (campaign.expectedUnits() == null) {
            json.writeStringField("expected", "ALL_COMMUNES");
        } else {
            json.writeArrayFieldStart("expected");
            for (String unit : campaign.expectedUnits()) {
                json.writeString(unit);
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("participation");
        for (SampleParticipation part : campaign.participation()) {
            json.writeStartObject();
            json.writeStringField("unit", part.unit());
            json.writeBooleanField("held", part.held());
            json.writeStringField("date", part.date().toString());
            json.writeNumberField("sessions", part.sessions());
            json.writeNumberField("participants", part.participants());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeTeam(SecurityTeamRoster.Team team) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", team.id());
        json.writeArrayFieldStart("areas");
        for (String area : team.areas()) {
            json.writeString(area);
        }
        json.writeEndArray();
        json.writeStringField("established", team.established().toString());
        json.writeNumberField("tasksAssigned", team.duty().tasksAssigned());
        json.writeNumberField("tasksDone", team.duty().tasksDone());
        json.writeBooleanField("underComplaint", team.duty().underComplaint());
        if (team.supportClass() != null) {
            json.writeNumberField("supportClass", team.supportClass());
        }
        json.writeArrayFieldStart("members");
        for (SecurityTeamRoster.Member member : team.members()) {
            writeMember(member);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeMember(SecurityTeamRoster.Member member) throws IOException {
        SecurityTeamRoster.Person person = member.person();
        json.writeStartObject();
        json.writeStringField("id", person.id());
        json.writeStringField("name", person.name());
        json.writeStringField("role", person.role());
        json.writeStringField("birthDate", person.birthDate().toString());
        json.writeStringField("gender", person.gender());
        json.writeStringField("education", person.education());
        json.writeStringField("residentSince", person.residentSince().toString());
        json.writeStringField("areaType", person.areaType());
        if (person.overSeventyDecision() != null) {
            json.writeBooleanField("overSeventyDecision", person.overSeventyDecision());
        }
        json.writeBooleanField("prosecuted", person.prosecuted());
        json.writeBooleanField("sanctioned", person.sanctioned());
        MemberDuty duty = member.duty();
        json.writeStringField("joined", duty.joined().toString());
        json.writeNumberField("tasksAssigned", duty.tasksAssigned());
        json.writeNumberField("tasksDone", duty.tasksDone());
        json.writeNumberField("breaches", duty.breaches());
        json.writeBooleanField("disciplined", duty.disciplined());
        json.writeBooleanField("underComplaint", duty.underComplaint());
        ServiceRecord service = member.service();
        if (!service.earlierService().isEmpty()) {
            json.writeArrayFieldStart("earlierService");
            for (ServicePeriod period : service.earlierService()) {
                json.writeStartObject();
                json.writeStringField("kind", period.kind());
                json.writeStringField("from", period.from().toString());
                json.writeStringField("to", period.to().toString());
                json.writeStringField("areaType", period.areaType());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        writeCodes("decorations", service.decorations());
        json.writeBooleanField("goodInService", service.goodInService());
        json.writeBooleanField("compulsoryEducation", service.compulsoryEducation());
        writeFacts(person.facts());
        writeCases(service.cases());
        json.writeEndObject();
    }

    /** The facts of Luật 30/2023/QH15 Điều 13 drawn apart, each left out when null. */
    private void writeFacts(EligibilityDraws.Facts facts) throws IOException {
        if (facts.healthCertified() != null) {
            json.writeBooleanField("healthCertified", facts.healthCertified());
        }
        if (facts.pastSentence() != null) {
            json.writeStringField("pastSentence", facts.pastSentence());
        }
        if (facts.pastAdministrativeMeasure() != null) {
            json.writeStringField("pastAdministrativeMeasure", facts.pastAdministrativeMeasure());
        }
        if (facts.residesRegularly() != null) {
            json.writeBooleanField("residesRegularly", facts.residesRegularly());
        }
        if (facts.overSeventyFit() != null) {
            json.writeBooleanField("overSeventyFit", facts.overSeventyFit());
        }
    }

    private void writeLeader(Leader leader) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", leader.id());
        json.writeStringField("name", leader.name());
        json.writeStringField("gender", leader.gender());
        json.writeStringField("unit", leader.unit());
        json.writeArrayFieldStart("posts");
        for (Leader.Post post : leader.posts()) {
            json.writeStartObject();
            json.writeStringField("title", post.title());
            json.writeStringField("from", post.from().toString());
            if (post.to() != null) {
                json.writeStringField("to", post.to().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("awards");
        for (Leader.Award award : leader.awards()) {
            json.writeStartObject();
            json.writeStringField("award", award.award());
            json.writeStringField("date", award.date().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("movementAchievement", leader.movementAchievement());
        json.writeBooleanField("seriousIncidents", leader.seriousIncidents());
        json.writeBooleanField("prosecuted", leader.prosecuted());
        json.writeBooleanField("compulsoryEducation", leader.compulsoryEducation());
        writeCodes("decorations", leader.decorations());
        if (leader.category() != null) {
            json.writeStringField("category", leader.category());
        }
        json.writeBooleanField("socialEvilHotspot", leader.socialEvilHotspot());
        writeCases(leader.cases());
        json.writeEndObject();
    }

    /** Writes a person's {@code cases} object, or nothing when they are not recorded. */
    private void writeCases(PersonCases cases) throws IOException {
        if (cases == null) {
            return;
        }
        json.writeObjectFieldStart("cases");
        json.writeBooleanField("underDiscipline", cases.underDiscipline());
        json.writeBooleanField("pendingDiscipline", cases.pendingDiscipline());
        json.writeBooleanField("underInvestigation", cases.underInvestigation());
        json.writeBooleanField("pendingInspection", cases.pendingInspection());
        json.writeBooleanField("pendingComplaint", cases.pendingComplaint());
        json.writeBooleanField("pressCorruption", cases.pressCorruption());
        json.writeEndObject();
    }

    /** Writes the codes as an array, or nothing when there are none. */
    private void writeCodes(String name, List<String> codes) throws IOException {
        if (!codes.isEmpty()) {
            json.writeArrayFieldStart(name);
            for (String code : codes) {
                json.writeString(code);
            }
            json.writeEndArray();
        }
    }

    private void writeBudgetLine(SampleBudgetLine line) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", line.id());
        json.writeStringField("unit", line.unit());
        json.writeStringField("spender", line.spender());
        json.writeStringField("category", line.category());
        json.writeNumberField("amount", line.amount());
        writeCount("models", line.models());
        writeCount("communes", line.communes());
        writeCount("people", line.people());
        writeCount("km", line.km());
        writeCount("localities", line.localities());
        json.writeEndObject();
    }

    private void writeCount(String name, Integer count) throws IOException {
        if (count != null) {
            json.writeNumberField(name, count);
        }
    }

    private void writeIndicator(String name, Object value) throws IOException {
        json.writeFieldName(name);
        if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer count) {
            json.writeNumber(count);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number.toPlainString());
        } else if (value instanceof String code) {
            json.writeString(code);
        } else {
            throw new IllegalArgumentException("indicator " + name + " has an unsupported value " + value);
        }
    }

    private void writeEvent(SampleEvent event) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", event.type());
        json.writeStringField("date", event.date().toString());
        if (event.forceMajeure() != null) {
            json.writeBooleanField("forceMajeure", event.forceMajeure());
        }
        if (event.handledPromptly() != null) {
            json.writeBooleanField("handledPromptly", event.handledPromptly());
        }
        json.writeEndObject();
    }
}
