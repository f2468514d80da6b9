package vn.antq.samples;

/**
 * One budget line of the movement (Thông tư 40/2023/TT-BTC): who spends it, on what, how much, and the counts its
 * norm is per. A count is null when the line does not give it.
 *
 * @param id         unique in the dataset: {@code NS-<unit>-<nn>}
 * @param unit       the id of the spending body's unit, a unit of the dataset
 * @param spender    {@code PROVINCE}, {@code DISTRICT}, {@code CENTRAL} or {@code COMMUNE}
 * @param category   {@code MODEL_BUILDING}, {@code MOBILISATION_FUEL}, {@code VISIT_MODELS}, {@code VISIT_PEOPLE} or
 *                   {@code OTHER}
 * @param amount     in đồng, a whole number
 * @param models     number of models, or null
 * @param communes   number of communes, or null
 * @param people     number of people, or null
 * @param km         kilometres, or null
 * @param localities number of localities (central bodies), or null
 */
record SampleBudgetLine(String id, String unit, String spender, String category, long amount, Integer models,
                        Integer communes, Integer people, Integer km, Integer localities) {
}
