package vn.antq.samples;

/** The kinds of unit of {@code antq-dataset/1}, as the generator makes them. */
enum UnitKind {
    PROVINCE, DISTRICT, COMMUNE, RESIDENTIAL_AREA, AGENCY, ENTERPRISE, SCHOOL
}
