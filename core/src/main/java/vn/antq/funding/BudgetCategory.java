package vn.antq.funding;

/**
 * What a budget line pays for, among the spending that TT 40/2023/TT-BTC sets norms for (domain.md §8).
 *
 * @since 0.1
 */
public enum BudgetCategory {
    /** Xây dựng, duy trì mô hình phong trào ở cơ sở: per model per commune per year. */
    MODEL_BUILDING("Xây dựng, duy trì mô hình phong trào ở cơ sở"),
    /** Xăng xe đi vận động: per km. */
    MOBILISATION_FUEL("Xăng xe đi vận động quần chúng"),
    /** Thăm hỏi, động viên mô hình: per commune (or locality), at most so many communes. */
    VISIT_MODELS("Thăm hỏi, động viên các mô hình"),
    /** Thăm hỏi, động viên cá nhân: per person, at most so many people. */
    VISIT_PEOPLE("Thăm hỏi, động viên cá nhân"),
    /** Any other spending: no norm of TT 40 applies. */
    OTHER("Khoản chi khác");

    private final String labelVi;

    BudgetCategory(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the category */
    public String labelVi() {
        return labelVi;
    }
}
