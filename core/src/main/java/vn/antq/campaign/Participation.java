package vn.antq.campaign;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One unit's part in a campaign: whether it held or took part, when, how many sessions and people.
 *
 * @param unitId       the unit
 * @param held         whether it held or took part, or {@code null} when not reported
 * @param date         the day it did, or {@code null} when not reported
 * @param sessions     how many sessions, or {@code null}
 * @param participants how many people took part, or {@code null}
 * @since 0.1
 */
public record Participation(String unitId, Boolean held, LocalDate date, Integer sessions, Integer participants) {

    /** Checks the unit id. */
    public Participation {
        Objects.requireNonNull(unitId, "unitId");
    }
}
