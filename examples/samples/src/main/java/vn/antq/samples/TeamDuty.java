package vn.antq.samples;

/**
 * What a Tổ bảo vệ ANTT did in the rating window (Hướng dẫn 01/HD-BCA-V05): the tasks assigned to it, those done,
 * and whether a complaint about it is still being handled.
 *
 * @param tasksAssigned  tasks assigned, more than 0
 * @param tasksDone      tasks done, at most {@code tasksAssigned}
 * @param underComplaint a complaint about the Tổ is being handled (it is then not rated)
 */
record TeamDuty(int tasksAssigned, int tasksDone, boolean underComplaint) {

    /** @return the band of the tasks done */
    Performance performance() {
        return Performance.of(tasksAssigned, tasksDone);
    }
}
