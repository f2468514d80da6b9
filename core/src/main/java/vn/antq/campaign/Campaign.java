package vn.antq.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A campaign of the movement: its window, the units expected to take part and each unit's
 * participation. A participation counts only when the unit held or took part on a day inside the
 * window, both ends included.
 *
 * @param id             unique id within the dataset, e.g. {@code TH-2024-MA-TUY}
 * @param kind           the kind
 * @param name           its name, in Vietnamese
 * @param from           first day, inclusive
 * @param to             last day, inclusive
 * @param keyDate        the day it centres on (26/6, 19/8), or {@code null}
 * @param allCommunes    true when every commune valid at the reference date is expected to take part
 * @param expectedUnits  the units expected to take part when not all communes ("điểm" units); empty otherwise
 * @param participation  the reported participation, in dataset order
 * @since 0.1
 */
public record Campaign(String id, CampaignKind kind, String name, LocalDate from, LocalDate to, LocalDate keyDate,
                       boolean allCommunes, List<String> expectedUnits, List<Participation> participation) {

    /** Checks the required fields and copies the lists. */
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        expectedUnits = List.copyOf(expectedUnits);
        participation = List.copyOf(participation);
    }

    /** @param date a day @return true when it lies inside the campaign's window, ends included */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * @param p a participation of this campaign
     * @return {@code TRUE} when it counts (held, on a day inside the window), {@code FALSE} when it
     *     surely does not (not held, or held outside the window), {@code null} when the data do not say
     */
    public Boolean counts(Participation p) {
        if (Boolean.FALSE.equals(p.held())) {
            return Boolean.FALSE;
        }
        if (p.held() == null || p.date() == null) {
            return null;
        }
        return contains(p.date());
    }
}
