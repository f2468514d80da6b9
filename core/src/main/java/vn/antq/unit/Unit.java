package vn.antq.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.antq.event.Event;
import vn.antq.indicator.Indicators;

/**
 * One unit of a dataset: its identity, its place in the administrative tree, its indicators and its
 * dated events. Immutable.
 *
 * @param id           unique id, 1–64 characters of {@code A–Z a–z 0–9 . _ : -}
 * @param kind         the unit's kind
 * @param type         refinement of the kind, or {@code null}
 * @param name         display name, any Unicode
 * @param parentId     id of the parent unit; {@code null} only for a province
 * @param managedById  id of the unit responsible for its recognition, or {@code null} for the parent
 * @param validFrom    first day the unit exists, or {@code null} for "always"
 * @param validTo      last day the unit exists, or {@code null} for "still exists"
 * @param successorId  id of the unit that took it over, or {@code null}
 * @param indicators   the unit's indicators, never {@code null}
 * @param events       the unit's events, or {@code null} when the dataset did not report events
 *                     for it (event criteria are then UNKNOWN); an empty list means "none happened"
 * @since 0.1
 */
public record Unit(
        String id,
        UnitKind kind,
        UnitType type,
        String name,
        String parentId,
        String managedById,
        LocalDate validFrom,
        LocalDate validTo,
        String successorId,
        Indicators indicators,
        List<Event> events) {

    /** Checks the non-null fields and copies the event list. */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(indicators, "indicators");
        events = events == null ? null : List.copyOf(events);
    }

    /** @return the id of the unit that manages its recognition: {@link #managedById} or else the parent */
    public String managingUnitId() {
        return managedById != null ? managedById : parentId;
    }

    /** @return the events, empty when none were reported; see {@link #eventsReported()} */
    public List<Event> reportedEvents() {
        return events == null ? List.of() : events;
    }

    /** @return true when the dataset carries an events array for this unit */
    public boolean eventsReported() {
        return events != null;
    }

    /**
     * @param date a reference date
     * @return true when the unit exists on that date
     */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * @param id   the unit id
     * @param kind the unit kind
     * @param name the display name
     * @return a builder for a unit
     */
    public static Builder builder(String id, UnitKind kind, String name) {
        return new Builder(id, kind, name);
    }

    /**
     * Builds a {@link Unit}; every optional field starts empty, and the events start <em>not reported</em>, as in a
     * dataset file without {@code events}: a criterion about events is then "chưa có số liệu" (UNKNOWN), never met by
     * default. Say {@link #noEvents()} when the unit reported none, or give them with {@link #events(List)}.
     */
    public static final class Builder {
        private final String id;
        private final UnitKind kind;
        private final String name;
        private UnitType type;
        private String parentId;
        private String managedById;
        private LocalDate validFrom;
        private LocalDate validTo;
        private String successorId;
        private Indicators indicators = Indicators.empty();
        private List<Event> events;

        private Builder(String id, UnitKind kind, String name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        /** @param value the type @return this builder */
        public Builder type(UnitType value) {
            this.type = value;
            return this;
        }

        /** @param value the parent id @return this builder */
        public Builder parent(String value) {
            this.parentId = value;
            return this;
        }

        /** @param value the managing unit id @return this builder */
        public Builder managedBy(String value) {
            this.managedById = value;
            return this;
        }

        /** @param from first valid day or null @param to last valid day or null @return this builder */
        public Builder validity(LocalDate from, LocalDate to) {
            this.validFrom = from;
            this.validTo = to;
            return this;
        }

        /** @param value the successor id @return this builder */
        public Builder successor(String value) {
            this.successorId = value;
            return this;
        }

        /** @param value the indicators @return this builder */
        public Builder indicators(Indicators value) {
            this.indicators = Objects.requireNonNull(value, "indicators");
            return this;
        }

        /** @param value the events the unit reported, or null when it did not report them @return this builder */
        public Builder events(List<Event> value) {
            this.events = value;
            return this;
        }

        /** @return this builder, the unit having reported that no event happened (an empty {@code events}) */
        public Builder noEvents() {
            this.events = List.of();
            return this;
        }

        /** @return the unit */
        public Unit build() {
            return new Unit(id, kind, type, name, parentId, managedById, validFrom, validTo, successorId,
                    indicators, events);
        }
    }
}
