package vn.antq.grassroots;

/**
 * What a team or member did in the rating window (15/11 of the year before to 14/11 of the assessment year,
 * Hướng dẫn 01/HD-BCA-V05). Every field may be {@code null} when the dataset does not give it.
 *
 * @param tasksAssigned  tasks assigned in the window
 * @param tasksDone      of those, tasks done
 * @param breaches       breaches of duty in the window (members only; a team's are its members')
 * @param disciplined    disciplined in the window (members only)
 * @param underComplaint a complaint about it is being handled
 * @since 0.1
 */
public record DutyRecord(Integer tasksAssigned, Integer tasksDone, Integer breaches, Boolean disciplined,
                         Boolean underComplaint) {

    /** A record with nothing known. */
    public static final DutyRecord NONE = new DutyRecord(null, null, null, null, null);
}
