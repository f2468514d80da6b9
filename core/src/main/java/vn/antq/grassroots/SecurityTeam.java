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
 * @param supportClass the class (loại 1, 2 or 3) of the area the province's monthly support goes by (Thanh Hóa:
 *                    NQ 27/2024/NQ-HĐND), or null when not given
 * @since 0.1
 */
public record SecurityTeam(String id, List<String> areaIds, LocalDate established, List<TeamMember> members,
                           DutyRecord duty, Integer supportClass) {

    /** Checks the required fields and copies the lists; a null duty record means nothing known. */
    public SecurityTeam {
        Objects.requireNonNull(id, "id");
        areaIds = List.copyOf(areaIds);
        members = List.copyOf(members);
        duty = duty == null ? DutyRecord.NONE : duty;
    }

    /**
     * A team without the class of its area: its monthly support is not computed.
     *
     * @param id          unique id within the dataset
     * @param areaIds     the khu dân cư it covers
     * @param established the day it was established, or null
     * @param members     its members
     * @param duty        the team's record in the rating window
     */
    public SecurityTeam(String id, List<String> areaIds, LocalDate established, List<TeamMember> members,
                        DutyRecord duty) {
        this(id, areaIds, established, members, duty, null);
    }

    /**
     * A team without rating data nor the class of its area.
     *
     * @param id          unique id within the dataset
     * @param areaIds     the khu dân cư it covers
     * @param established the day it was established, or null
     * @param members     its members
     */
    public SecurityTeam(String id, List<String> areaIds, LocalDate established, List<TeamMember> members) {
        this(id, areaIds, established, members, null, null);
    }
}
