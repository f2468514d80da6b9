package vn.antq.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes seeded sample datasets in the {@code antq-dataset/1} format: the real provinces, district-level units and
 * communes of 01/11/2024 with their official codes and names, and under them invented khu dân cư, agencies,
 * enterprises and schools, with invented indicators and events. Most units meet every criterion of the standard
 * "An toàn về ANTT"; every criterion fails somewhere; a few units lack some data. The same settings always give the
 * same bytes, on any machine; nothing depends on the clock.
 *
 * <p>Units come parents first, in the national list's order: each province, then each of its district-level units
 * followed by the agencies and schools under it, then each of that district's communes followed by its khu dân cư,
 * agencies, enterprises and schools.
 *
 * <p>After the units come the plan's campaigns of the year: the Tết crime-suppression peak for one or two "điểm"
 * communes per district, the drug-prevention month (June) and the Ngày hội toàn dân bảo vệ an ninh Tổ quốc season
 * (02/07–19/08) and the Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư (15/10–14/11) for every
 * commune, each with the communes' participation, a few of them outside the window, not
 * held or missing. Then come the budget lines of the movement ({@link BudgetPlan}): for each province, one line of
 * each category and one spent by a central body; for each district, four or five lines, a few of them at or over the
 * norms of Thông tư 40/2023/TT-BTC or without their count. Then comes the {@code history}: each assessed unit's
 * results of the two previous years, save a few gaps ({@link UnitRecords}), which also gives a few units the
 * indicators {@code pendingDiscipline}, {@code pendingInspection}, {@code pendingComplaint} and
 * {@code disciplineEndedYear}, at the end of their indicators; each agency, enterprise and school with a security
 * force then gets {@code securityForceStaffed} and {@code securityForceTrained} ({@link SecurityForces}). Then come the {@code securityTeams}: the Tổ bảo vệ an
 * ninh, trật tự of each khu dân cư with its members, what they did in the rating window and their earlier service
 * ({@link SecurityTeamRoster}); then the {@code leaders} considered for the Kỷ niệm chương ({@link LeaderRoster}), and
 * last the day of that proposal, {@code medalProposalDate} (15/05 of the year, {@link MedalRegime}).
 *
 * <p>On the two-tier structure ({@link GeneratorSettings.Structure#TWO_TIER_2025}, Thanh Hóa only) the province is
 * followed by its communes of 01/07/2025 in the order of their codes, each followed by its khu dân cư, agencies,
 * enterprises and schools, all valid from 2025-07-01; then come the former district-level units, each followed by its
 * former communes, all valid to 2025-06-30 and without anything under them. The Tết peak's "điểm" communes are
 * {@value #TWO_TIER_POINT_COMMUNES} communes of the province. There are no budget lines (no {@code budgetLines}
 * field) and no history. The Tổ bảo vệ ANTT, the leaders (of the new communes) and the proposal date follow the
 * campaigns; the Tổ stand in for their areas' {@code securityTeamRating} and {@code securityTeamDisciplined}, which
 * the areas leave out, save a few ({@link TeamCases}).
 *
 * @since 0.1
 */
public final class SampleGenerator {
    private static final String INVENTED = "(chỉ số và sự việc là giả lập; tên, mã đơn vị hành chính là thật)";
    /** How many "điểm" communes the province chooses for the Tết peak on the two-tier structure. */
    static final int TWO_TIER_POINT_COMMUNES = 20;
    /** The share of communes whose chairman is among the leaders, on the 2024 structure. */
    private static final double COMMUNE_LEADERS = 0.2;
    /** The share of communes whose chairman is among the leaders, on the two-tier structure. */
    private static final double TWO_TIER_COMMUNE_LEADERS = 0.6;

    private SampleGenerator() {
    }

    /**
     * Streams a dataset; only the list of communes written is kept for the campaigns at the end, so memory hardly
     * grows with its size and the whole country (about 160,000 units) is fine.
     *
     * @param settings what to generate
     * @param out      where to write it (UTF-8); flushed, not closed
     * @throws IllegalArgumentException if a province code is not in the national list, or the two-tier structure is
     *                                  asked for another province than Thanh Hóa (38) (nothing is written then)
     * @throws IOException              if writing fails
     */
    public static void write(GeneratorSettings settings, OutputStream out) throws IOException {
        ReferenceUnits reference = ReferenceUnits.national();
        List<AdministrativeUnit> provinces = provinces(reference, settings);
        if (settings.structure() == GeneratorSettings.Structure.TWO_TIER_2025) {
            writeTwoTier(settings, provinces, out);
            return;
        }
        DistrictUnits districts = new DistrictUnits(settings.seed(), settings.year());
        CommuneSubtree communes = new CommuneSubtree(settings.seed(), settings.year());
        CampaignPlan campaigns = new CampaignPlan(settings.seed(), settings.year());
        BudgetPlan budget = new BudgetPlan(settings.seed());
        UnitRecords records = new UnitRecords(settings.seed(), settings.year());
        SecurityForces forces = new SecurityForces(settings.seed(), "");
        MedalRegime regime = MedalRegime.forYear(settings.year());
        SecurityTeamRoster teams = new SecurityTeamRoster(settings.seed(), settings.year(), "", false, regime);
        LeaderRoster leaders = new LeaderRoster(settings.seed(), "", regime);
        int limit = settings.maxUnits().orElse(Integer.MAX_VALUE);
        int written = 0;
        try (DatasetWriter writer = new DatasetWriter(out)) {
            writer.begin(settings.title().orElseGet(() -> defaultTitle(settings, provinces)), settings.year(),
                    LocalDate.of(settings.year(), 11, 15));
            everything:
            for (AdministrativeUnit province : provinces) {
                if (written >= limit) {
                    break;
                }
                writer.unit(new SampleUnit(province.code(), UnitKind.PROVINCE, null, province.name(), null,
                        Map.of(), null));
                written++;
                budget.province(province);
                Map<String, Integer> residentialAreas = ResidentialAreaAllocation.allocate(settings.seed(), province,
                        reference.communesOf(province));
                for (AdministrativeUnit district : reference.children(province.code())) {
                    if (written >= limit) {
                        break everything;
                    }
                    written += write(writer, forces.add(district, records.add(district, districts.draft(district))));
                    leaders.district(province.code(), district);
                    campaigns.district(district, reference.children(district.code()));
                    budget.district(district);
                    VillageNaming naming = VillageNaming.of(district);
                    for (AdministrativeUnit commune : reference.children(district.code())) {
                        if (written >= limit) {
                            break everything;
                        }
                        boolean mountain = naming == VillageNaming.BAN;
                        List<SampleUnit> subtree = teams.add(province.code(), commune, mountain, forces.add(commune,
                                records.add(commune, communes.draft(commune, naming,
                                        residentialAreas.get(commune.code())))));
                        written += write(writer, subtree);
                        leaders.commune(province.code(), commune, COMMUNE_LEADERS, mountain,
                                LeaderOffices.ofCommune(commune, commune, null));
                        campaigns.commune(commune);
                    }
                }
            }
            writer.end(campaigns.campaigns(), budget.lines(), records.history(), teams.teams(), leaders.leaders(),
                    regime.proposalDate());
        }
    }

    private static void writeTwoTier(GeneratorSettings settings, List<AdministrativeUnit> provinces,
                                     OutputStream out) throws IOException {
        if (provinces.size() != 1 || !provinces.get(0).code().equals(TwoTierStructure.PROVINCE)) {
            throw new IllegalArgumentException("cơ cấu hai cấp chỉ có cho Thanh Hóa / the two-tier structure is "
                    + "bundled for Thanh Hóa only: give the province 38 alone (found "
                    + (settings.allProvinces() ? "all" : String.join(",", settings.provinces())) + ")");
        }
        ReferenceUnits reference = ReferenceUnits.national();
        TwoTierStructure structure = TwoTierStructure.thanhHoa();
        AdministrativeUnit province = structure.province();
        List<AdministrativeUnit> newCommunes = structure.communes().stream()
                .map(TwoTierStructure.FormedCommune::commune).toList();
        CommuneSubtree communes = new CommuneSubtree(settings.seed(), settings.year());
        String stream = "@" + TwoTierStructure.STREAM;
        CampaignPlan campaigns = new CampaignPlan(settings.seed(), settings.year(), stream);
        MedalRegime regime = MedalRegime.forYear(settings.year());
        SecurityTeamRoster teams = new SecurityTeamRoster(settings.seed(), settings.year(), stream, true, regime);
        LeaderRoster leaders = new LeaderRoster(settings.seed(), stream, regime);
        SecurityForces forces = new SecurityForces(settings.seed(), stream);
        campaigns.province(province, newCommunes, TWO_TIER_POINT_COMMUNES);
        Map<String, Integer> residentialAreas = ResidentialAreaAllocation.allocateFormed(settings.seed(),
                province, structure.communes());
        int limit = settings.maxUnits().orElse(Integer.MAX_VALUE);
        try (DatasetWriter writer = new DatasetWriter(out)) {
            writer.begin(settings.title().orElseGet(() -> defaultTitle(settings, provinces)), settings.year(),
                    LocalDate.of(settings.year(), 11, 15));
            writer.unit(new SampleUnit(province.code(), UnitKind.PROVINCE, null, province.name(), null, Map.of(),
                    null));
            int written = 1;
            everything:
            {
                for (TwoTierStructure.FormedCommune formed : structure.communes()) {
                    if (written >= limit) {
                        break everything;
                    }
                    boolean mountain = formed.naming() == VillageNaming.BAN;
                    for (SampleUnit unit : teams.add(province.code(), formed.commune(), mountain, forces.add(
                            formed.commune(), communes.draft(formed, residentialAreas.get(formed.commune().code()))))) {
                        writer.unit(unit.validFrom(TwoTierStructure.FIRST_DAY));
                        written++;
                    }
                    campaigns.commune(formed.commune());
                    leaders.commune(province.code(), formed.commune(), TWO_TIER_COMMUNE_LEADERS, mountain,
                            LeaderOffices.ofCommune(formed.commune(), formed.sources().get(0).commune(),
                                    TwoTierStructure.FIRST_DAY));
                }
                for (AdministrativeUnit district : reference.children(province.code())) {
                    if (written >= limit) {
                        break everything;
                    }
                    writer.unit(new SampleUnit(district.code(), UnitKind.DISTRICT, district.datasetType(),
                            district.name(), district.parentCode(), null, TwoTierStructure.LAST_FORMER_DAY, null,
                            Map.of(), null));
                    written++;
                    for (AdministrativeUnit commune : reference.children(district.code())) {
                        if (written >= limit) {
                            break everything;
                        }
                        writer.unit(new SampleUnit(TwoTierStructure.formerCommuneId(commune.code()), UnitKind.COMMUNE,
                                commune.datasetType(), commune.name(), district.code(), null,
                                TwoTierStructure.LAST_FORMER_DAY, structure.wholeInto(commune.code()).orElse(null),
                                Map.of(), null));
                        written++;
                    }
                }
            }
            writer.end(campaigns.campaigns(), null, null, teams.teams(), leaders.leaders(), regime.proposalDate());
        }
    }

    /**
     * @param settings what to generate
     * @return the dataset's bytes (UTF-8); for a few thousand units, for larger ones prefer {@link #write}
     * @throws IllegalArgumentException if a province code is not in the national list, or the two-tier structure is
     *                                  asked for another province than Thanh Hóa
     */
    public static byte[] generate(GeneratorSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(settings, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The command line: {@code [--seed N] [--year Y] [--provinces 38,01|all] [--max-units N] [--two-tier]
     * [--title TEXT] [--out FILE] [--help]}. Without {@code --out} the dataset goes to standard output. Exits with 2
     * on invalid arguments and 1 if writing fails, leaving no partial file behind.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status = CommandLine.run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    private static int write(DatasetWriter writer, List<SampleUnit> units) throws IOException {
        for (SampleUnit unit : units) {
            writer.unit(unit);
        }
        return units.size();
    }

    private static List<AdministrativeUnit> provinces(ReferenceUnits reference, GeneratorSettings settings) {
        if (settings.allProvinces()) {
            return reference.provinces();
        }
        Set<String> wanted = new HashSet<>(settings.provinces());
        List<String> unknown = new ArrayList<>();
        for (String code : settings.provinces()) {
            if (reference.province(code).isEmpty()) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("mã tỉnh không có trong danh mục / unknown province code: "
                    + String.join(", ", unknown) + " (two digits, 01–96, for example 38 for Thanh Hóa)");
        }
        return reference.provinces().stream().filter(province -> wanted.contains(province.code())).toList();
    }

    private static String defaultTitle(GeneratorSettings settings, List<AdministrativeUnit> provinces) {
        String scope = settings.allProvinces()
                ? "Cả nước (" + provinces.size() + " tỉnh, thành phố)"
                : provinces.stream().map(AdministrativeUnit::name).collect(Collectors.joining(", "));
        String sample = settings.maxUnits().isPresent()
                ? "dữ liệu mẫu rút gọn, khoảng " + String.format(Locale.ROOT, "%,d", settings.maxUnits().getAsInt())
                        .replace(',', '.') + " đơn vị"
                : "dữ liệu mẫu";
        if (settings.structure() == GeneratorSettings.Structure.TWO_TIER_2025) {
            sample += " theo mô hình chính quyền địa phương hai cấp: "
                    + TwoTierStructure.thanhHoa().communes().size() + " xã, phường từ 01/7/2025, kèm các đơn vị "
                    + "hành chính cấp huyện và xã cũ đến 30/6/2025";
        }
        return scope + " " + settings.year() + " — " + sample + " " + INVENTED;
    }
}
