package vn.antq.samples;

import java.time.LocalDate;

/**
 * One unit's part in a campaign. It counts when {@code held} is true and {@code date} lies inside the campaign's
 * window, both ends included.
 *
 * @param unit         the id of a unit of the dataset
 * @param held         whether the unit held or took part
 * @param date         the day it did; when it did not, the day it was planned for
 * @param sessions     how many sessions, 0 when not held
 * @param participants how many people took part, 0 when not held
 */
record SampleParticipation(String unit, boolean held, LocalDate date, int sessions, int participants) {
}
