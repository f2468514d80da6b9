package vn.antq.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * One campaign as it is written to the dataset's {@code campaigns} array.
 *
 * @param id            the unique id, for example {@code MA-TUY-2024}
 * @param kind          DRUG_PREVENTION_MONTH, NGAY_HOI_ANTQ, CULTURAL_LIFE_SOLIDARITY_DAY, GREAT_UNITY_DAY,
 *                      CRIME_SUPPRESSION_PEAK or OTHER
 * @param name          the Vietnamese name
 * @param from          the first day, inclusive
 * @param to            the last day, inclusive
 * @param keyDate       the day it centres on, inside [from, to]; null when it has none (the field is left out)
 * @param expectedUnits the ids of the "điểm" units expected to take part, in dataset order; null when every
 *                      commune is ({@code "expected": "ALL_COMMUNES"})
 * @param participation one entry per unit at most, in dataset order
 */
record SampleCampaign(String id, String kind, String name, LocalDate from, LocalDate to, LocalDate keyDate,
                      List<String> expectedUnits, List<SampleParticipation> participation) {
}
