package vn.antq.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The national list of administrative units on 01/11/2024, read from the bundled CSV, in its own order. */
final class ReferenceUnits {
    private static final String HEADER = "code,name,type,level,parent_code";

    private final List<AdministrativeUnit> provinces = new ArrayList<>();
    private final Map<String, List<AdministrativeUnit>> children = new HashMap<>();

    private ReferenceUnits(List<AdministrativeUnit> units) {
        for (AdministrativeUnit unit : units) {
            if (unit.level() == 1) {
                provinces.add(unit);
            } else {
                children.computeIfAbsent(unit.parentCode(), parent -> new ArrayList<>()).add(unit);
            }
        }
    }

    /** @return the national list, read once */
    static ReferenceUnits national() {
        return National.UNITS;
    }

    /** @return the 63 provinces, in the list's order */
    List<AdministrativeUnit> provinces() {
        return List.copyOf(provinces);
    }

    /**
     * @param code a province code
     * @return the province, if the list has it
     */
    Optional<AdministrativeUnit> province(String code) {
        return provinces.stream().filter(province -> province.code().equals(code)).findFirst();
    }

    /**
     * @param code a province or district code
     * @return the units directly under it, in the list's order
     */
    List<AdministrativeUnit> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /**
     * @param province a province
     * @return its communes, district by district, in the list's order
     */
    List<AdministrativeUnit> communesOf(AdministrativeUnit province) {
        List<AdministrativeUnit> communes = new ArrayList<>();
        for (AdministrativeUnit district : children(province.code())) {
            communes.addAll(children(district.code()));
        }
        return communes;
    }

    private static ReferenceUnits read() {
        try (InputStream in = ReferenceUnits.class.getResourceAsStream("/" + Samples.REFERENCE_UNITS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + Samples.REFERENCE_UNITS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!HEADER.equals(reader.readLine())) {
                throw new IllegalStateException(Samples.REFERENCE_UNITS + " does not start with " + HEADER);
            }
            List<AdministrativeUnit> units = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException("malformed line in " + Samples.REFERENCE_UNITS + ": " + line);
                }
                units.add(new AdministrativeUnit(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]),
                        fields[4]));
            }
            return new ReferenceUnits(units);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Samples.REFERENCE_UNITS, e);
        }
    }

    private static final class National {
        static final ReferenceUnits UNITS = read();
    }
}
