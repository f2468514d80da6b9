package vn.antq.grassroots;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15, from 01/7/2024): the khu dân cư it covers (one or
 * several thôn, tổ dân phố), when it was established, and its members.
 *
 * @param id          unique id within the dataset
 * @param areaIds     the khu dân cư it covers
 * @param established the day it was established, or null
 * @param members     its members
 * @param duty        the team's record in the rating window (tasks, complaint); never null
 * @since 0.1
 */
public record SecurityTeam(String id, List<String> areaIds, LocalDate established, List<TeamMember> members,
                           DutyRecord duty) {

    /** Checks the required fields and copies the lists; a null duty record means nothing known. */
    public SecurityTeam {
        Objects.requireNonNull(id, "id");
        areaIds = List.copyOf(areaIds);
        members = List.copyOf(members);
        duty = duty == null ? DutyRecord.NONE : duty;
    }

    /**
     * A team without rating data.
     *
     * @param id          unique id within the dataset
     * @param areaIds     the khu dân cư it covers
     * @param established the day it was established, or null
     * @param members     its members
     */
    public SecurityTeam(String id, List<String> areaIds, LocalDate established, List<TeamMember> members) {
        this(id, areaIds, established, members, null);
    }
}
