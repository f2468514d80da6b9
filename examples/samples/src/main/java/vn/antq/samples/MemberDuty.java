package vn.antq.samples;

import java.time.LocalDate;

/**
 * What a member of a Tổ bảo vệ ANTT did in the rating window (Hướng dẫn 01/HD-BCA-V05).
 *
 * @param joined         the first day in this Tổ
 * @param tasksAssigned  tasks assigned, more than 0
 * @param tasksDone      tasks done, at most {@code tasksAssigned}
 * @param breaches       breaches of duty in the window
 * @param disciplined    disciplined in the window
 * @param underComplaint a complaint about the member is being handled (they are then not rated)
 */
record MemberDuty(LocalDate joined, int tasksAssigned, int tasksDone, int breaches, boolean disciplined,
                  boolean underComplaint) {

    /** @return the same duty without breaches or discipline */
    MemberDuty spotless() {
        return new MemberDuty(joined, tasksAssigned, tasksDone, 0, false, underComplaint);
    }

    /** @return the same duty, disciplined in the window after at least one breach */
    MemberDuty disciplinedNow() {
        return new MemberDuty(joined, tasksAssigned, tasksDone, Math.max(1, breaches), true, underComplaint);
    }

    /**
     * @param day the first day in this Tổ
     * @return the same duty, joined on that day
     */
    MemberDuty joinedOn(LocalDate day) {
        return new MemberDuty(day, tasksAssigned, tasksDone, breaches, disciplined, underComplaint);
    }
}
