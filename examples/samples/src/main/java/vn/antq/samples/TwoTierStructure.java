package vn.antq.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Thanh Hóa's communes from 01/07/2025 (NQ 1686/NQ-UBTVQH15), read from the bundled mapping
 * {@code thanh-hoa-communes-2025-07-01.csv}, in its order, with the communes of 01/03/2025 each was formed from, and
 * what follows from it for the generator: how villages are called in each new commune, which new commune takes the
 * upper-secondary schools of each former district, and which new commune each former commune of 01/11/2024 went to
 * whole.
 */
final class TwoTierStructure {
    /** The province whose mapping is bundled. */
    static final String PROVINCE = "38";
    /** The first day of the two-tier structure. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);
    /** The last day of the district-level units and the former communes. */
    static final LocalDate LAST_FORMER_DAY = LocalDate.of(2025, 6, 30);
    /** What follows a former commune's code in its id: its code is taken by a new commune, and ids are unique. */
    static final String FORMER_COMMUNE_SUFFIX = "-old";
    /**
     * What tells the two-tier draws apart from the 2024 ones of a unit with the same code, in
     * {@link Dice#forUnit(long, AdministrativeUnit, String)}: a new commune keeps the code of one of the communes it
     * was formed from.
     */
    static final String STREAM = "TWO_TIER_2025";

    private static final String HEADER = "new_code,new_name,old_code,old_name,merge_type";

    /**
     * A commune of 01/03/2025 that went, whole or in part, into a new commune.
     *
     * @param commune the former commune (its code, name and type as the mapping gives them, level 3)
     * @param whole   whether all of it went there ({@code full}), rather than a part ({@code partial})
     */
    record Source(AdministrativeUnit commune, boolean whole) {
    }

    /**
     * A commune from 01/07/2025.
     *
     * @param commune          the new commune: its official code and name, type Phường or Xã, level 3, parent the
     *                         province
     * @param sources          the communes it was formed from, in the mapping's order
     * @param naming           how its villages are called: as in the district of its first source that is in the
     *                         national list of 2024
     * @param formerDistricts  the former district-level units whose upper-secondary schools and vocational centre
     *                         it takes (see {@link TwoTierStructure})
     */
    record FormedCommune(AdministrativeUnit commune, List<Source> sources, VillageNaming naming,
                         List<AdministrativeUnit> formerDistricts) {

        /** @return the sources that went into it whole */
        List<AdministrativeUnit> wholeSources() {
            return sources.stream().filter(Source::whole).map(Source::commune).toList();
        }
    }

    private final AdministrativeUnit province;
    private final List<FormedCommune> communes;
    private final Map<String, String> wholeInto;

    private TwoTierStructure(AdministrativeUnit province, List<FormedCommune> communes,
                             Map<String, String> wholeInto) {
        this.province = province;
        this.communes = communes;
        this.wholeInto = wholeInto;
    }

    /** @return Thanh Hóa's structure from 01/07/2025, read once */
    static TwoTierStructure thanhHoa() {
        return ThanhHoa.STRUCTURE;
    }

    /** @return the province */
    AdministrativeUnit province() {
        return province;
    }

    /** @return the new communes, in the mapping's order (by code) */
    List<FormedCommune> communes() {
        return communes;
    }

    /**
     * @param formerCode the code of a commune of 2024 or 01/03/2025
     * @return the new commune it went into whole, if it went whole into exactly one; empty if it was split, or if the
     *         mapping does not name it (it had merged into another commune before 01/03/2025)
     */
    Optional<String> wholeInto(String formerCode) {
        return Optional.ofNullable(wholeInto.get(formerCode));
    }

    /**
     * @param formerCode the official code of a former commune
     * @return its id in a two-tier dataset: the code followed by {@value #FORMER_COMMUNE_SUFFIX}
     */
    static String formerCommuneId(String formerCode) {
        return formerCode + FORMER_COMMUNE_SUFFIX;
    }

    private static TwoTierStructure read(ReferenceUnits reference) {
        AdministrativeUnit province = reference.province(PROVINCE).orElseThrow(() ->
                new IllegalStateException("province " + PROVINCE + " is not in " + Samples.REFERENCE_UNITS));
        Map<String, AdministrativeUnit> former = new HashMap<>();
        Map<String, AdministrativeUnit> formerDistrict = new HashMap<>();
        for (AdministrativeUnit district : reference.children(PROVINCE)) {
            for (AdministrativeUnit commune : reference.children(district.code())) {
                former.put(commune.code(), commune);
                formerDistrict.put(commune.code(), district);
            }
        }
        Map<String, AdministrativeUnit> newCommunes = new LinkedHashMap<>();
        Map<String, List<Source>> sources = new HashMap<>();
        Map<String, List<String>> destinations = new HashMap<>();
        Map<String, Boolean> whole = new HashMap<>();
        for (String[] row : rows()) {
            AdministrativeUnit commune = newCommunes.computeIfAbsent(row[0], code ->
                    new AdministrativeUnit(code, row[1], typeOf(row[1], "Phường", "Xã"), 3, PROVINCE));
            if (!commune.name().equals(row[1])) {
                throw new IllegalStateException(Samples.COMMUNES_2025 + " names " + row[0] + " twice differently");
            }
            boolean full = switch (row[4]) {
                case "full" -> true;
                case "partial" -> false;
                default -> throw new IllegalStateException("unknown merge_type in " + Samples.COMMUNES_2025 + ": "
                        + String.join(",", row));
            };
            AdministrativeUnit source = new AdministrativeUnit(row[2], row[3],
                    typeOf(row[3], "Phường", "Thị trấn", "Xã"), 3, null);
            sources.computeIfAbsent(row[0], code -> new ArrayList<>()).add(new Source(source, full));
            destinations.computeIfAbsent(row[2], code -> new ArrayList<>()).add(row[0]);
            whole.merge(row[2], full, Boolean::logicalAnd);
        }
        Map<String, String> wholeInto = new HashMap<>();
        destinations.forEach((code, into) -> {
            if (whole.get(code) && into.size() == 1) {
                wholeInto.put(code, into.get(0));
            }
        });
        Map<String, List<AdministrativeUnit>> seats = new HashMap<>();
        for (AdministrativeUnit district : reference.children(PROVINCE)) {
            seatOf(reference.children(district.code()), wholeInto).ifPresent(commune ->
                    seats.computeIfAbsent(commune, code -> new ArrayList<>()).add(district));
        }
        List<FormedCommune> communes = new ArrayList<>();
        for (AdministrativeUnit commune : newCommunes.values()) {
            List<Source> itsSources = List.copyOf(sources.get(commune.code()));
            VillageNaming naming = itsSources.stream()
                    .map(source -> formerDistrict.get(source.commune().code()))
                    .filter(district -> district != null)
                    .findFirst().map(VillageNaming::of).orElse(VillageNaming.THON);
            communes.add(new FormedCommune(commune, itsSources, naming,
                    List.copyOf(seats.getOrDefault(commune.code(), List.of()))));
        }
        return new TwoTierStructure(province, List.copyOf(communes), Map.copyOf(wholeInto));
    }

    /**
     * @return the new commune that took the district's seat: the first thị trấn of the district (the seat of a
     *         huyện) that went whole into one new commune, or else its first commune that did
     */
    private static Optional<String> seatOf(List<AdministrativeUnit> itsCommunes, Map<String, String> wholeInto) {
        List<AdministrativeUnit> ordered = new ArrayList<>();
        itsCommunes.stream().filter(commune -> commune.type().equalsIgnoreCase("Thị trấn")).forEach(ordered::add);
        itsCommunes.stream().filter(commune -> !commune.type().equalsIgnoreCase("Thị trấn")).forEach(ordered::add);
        return ordered.stream().map(commune -> wholeInto.get(commune.code())).filter(code -> code != null)
                .findFirst();
    }

    private static String typeOf(String name, String... types) {
        for (String type : types) {
            if (name.regionMatches(true, 0, type + " ", 0, type.length() + 1)) {
                return type;
            }
        }
        throw new IllegalStateException("cannot tell the type of \"" + name + "\" in " + Samples.COMMUNES_2025);
    }

    private static List<String[]> rows() {
        try (InputStream in = TwoTierStructure.class.getResourceAsStream("/" + Samples.COMMUNES_2025)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + Samples.COMMUNES_2025);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!HEADER.equals(reader.readLine())) {
                throw new IllegalStateException(Samples.COMMUNES_2025 + " does not start with " + HEADER);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException("malformed line in " + Samples.COMMUNES_2025 + ": " + line);
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Samples.COMMUNES_2025, e);
        }
    }

    private static final class ThanhHoa {
        static final TwoTierStructure STRUCTURE = read(ReferenceUnits.national());
    }
}
