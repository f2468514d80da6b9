package vn.antq.grassroots;

/**
 * What remains of a sentence or of an administrative measure a member has finished serving, for Luật
 * 30/2023/QH15 Điều 13 khoản 2: "Trường hợp đã chấp hành xong bản án của Tòa án thì phải được xóa án tích; đã
 * chấp hành xong quyết định áp dụng biện pháp xử lý hành chính thì phải hết thời hạn được coi là chưa bị áp dụng
 * biện pháp xử lý hành chính".
 *
 * @since 0.2
 */
public enum PastSanction {
    /** Never sentenced (or never subject to an administrative measure). */
    NONE,
    /** Served, and cleared: the conviction expunged (được xóa án tích), or the measure's period run out. */
    CLEARED,
    /** Served, but not yet cleared. */
    NOT_CLEARED
}
