package vn.antq.grassroots;

/**
 * Where a member serves, for the education exception of Luật 30/2023/QH15 Điều 13 (primary school is enough
 * in the listed areas) and for doubled service time (TT 20/2025/TT-BCA).
 *
 * @since 0.1
 */
public enum AreaType {
    /** Any other area. */
    NORMAL,
    /** Biên giới. */
    BORDER,
    /** Miền núi. */
    MOUNTAIN,
    /** Hải đảo. */
    ISLAND,
    /** Vùng đặc biệt khó khăn. */
    ESPECIALLY_DIFFICULT,
    /** Vùng đồng bào dân tộc thiểu số. */
    ETHNIC_MINORITY
}
