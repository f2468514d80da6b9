package vn.antq.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.Evaluator;
import vn.antq.evaluation.PeriodNotCoveredException;
import vn.antq.samples.GeneratorSettings;
import vn.antq.samples.SampleGenerator;

/**
 * Thousands of mutated datasets (fixed seeds): a generated locality with teams, members, leaders and budget lines,
 * with one field deleted, an array entry duplicated, a value retyped or pushed out of range, a text filled with
 * control characters, or the file's bytes cut or corrupted. Each is either evaluated or rejected with
 * {@link InvalidDatasetException} (or, for a date moved outside the pack's period, {@link PeriodNotCoveredException});
 * nothing else may be thrown.
 */
class MutatedDatasetTest {
    private static final int EXAMPLES = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Evaluator EVALUATOR = Evaluator.builder().build();
    private static final JsonNode BASE = base();

    private static JsonNode base() {
        try {
            return JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(11).year(2024)
                    .provinces("38").maxUnits(15).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyMutantIsEvaluatedOrRejectedAsInvalidNeverAnythingElse() {
        List<String> failures = new ArrayList<>();
        int[] evaluated = {0};
        qt().withFixedSeed(20_261_203L).withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Mutant mutant = Mutant.of(seed);
            try {
                Dataset dataset = DatasetReader.read(mutant.bytes());
                EVALUATOR.evaluate(dataset);
                evaluated[0]++;
            } catch (InvalidDatasetException | PeriodNotCoveredException e) {
                // a rejection in the user's words: allowed
            } catch (RuntimeException | Error e) {
                failures.add("seed " + seed + " (" + mutant.what() + "): " + e);
            }
        });
        assertEquals(List.of(), failures);
        // and the mutants are not all rejected at the door: many reach the rules
        assertTrue(evaluated[0] > EXAMPLES / 5, evaluated[0] + " of " + EXAMPLES + " evaluated");
    }

    /** One mutation of the base dataset, chosen by a seed. */
    private record Mutant(byte[] bytes, String what) {
        static Mutant of(long seed) {
            Random r = new Random(seed);
            JsonNode copy = BASE.deepCopy();
            List<JsonNode> containers = new ArrayList<>();
            collect(copy, containers);
            JsonNode target = containers.get(r.nextInt(containers.size()));
            int kind = r.nextInt(6);
            String what;
            if (kind == 5) {
                byte[] text = copy.toString().getBytes(StandardCharsets.UTF_8);
                return bytes(r, text);
            } else if (target instanceof ObjectNode object && object.size() > 0) {
                String field = fieldAt(object, r.nextInt(object.size()));
                what = mutate(r, kind, object, field);
            } else if (target instanceof ArrayNode array && array.size() > 0) {
                int i = r.nextInt(array.size());
                what = kind == 1 ? duplicate(array, i) : replace(r, array, i);
            } else {
                what = "nothing to mutate";
            }
            return new Mutant(copy.toString().getBytes(StandardCharsets.UTF_8), what);
        }

        private static String mutate(Random r, int kind, ObjectNode object, String field) {
            switch (kind) {
                case 0:
                    object.remove(field);
                    return "deleted " + field;
                case 1:
                    if (object.get(field) instanceof ArrayNode array && array.size() > 0) {
                        return duplicate(array, r.nextInt(array.size()));
                    }
                    object.set(field, object.get(field).deepCopy());
                    return "kept " + field;
                default:
                    object.set(field, value(r));
                    return "set " + field + " to " + object.get(field);
            }
        }

        private static String duplicate(ArrayNode array, int i) {
            array.add(array.get(i).deepCopy());
            return "duplicated entry " + i;
        }

        private static String replace(Random r, ArrayNode array, int i) {
            array.set(i, value(r));
            return "replaced entry " + i + " by " + array.get(i);
        }

        /** A value of any JSON type, often out of range or hostile. */
        private static JsonNode value(Random r) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            return switch (r.nextInt(12)) {
                case 0 -> f.nullNode();
                case 1 -> f.booleanNode(r.nextBoolean());
                case 2 -> f.numberNode(-1 - r.nextInt(1000));
                case 3 -> f.numberNode(Long.MAX_VALUE);
                case 4 -> f.numberNode(new java.math.BigDecimal("1e400"));
                case 5 -> f.numberNode(r.nextInt(3000));
                case 6 -> f.numberNode(r.nextDouble() * 10);
                case 7 -> f.textNode("Tổ\n2. TỔNG HỢP\u001b[31m\u202e");
                case 8 -> f.textNode(String.valueOf(r.nextInt(2100)) + "-02-30");
                case 9 -> f.objectNode().put("x", 1);
                case 10 -> f.arrayNode().add(1).add("a");
                default -> f.textNode("x".repeat(r.nextInt(50)));
            };
        }

        private static Mutant bytes(Random r, byte[] text) {
            byte[] out;
            String what;
            int at = r.nextInt(text.length);
            switch (r.nextInt(3)) {
                case 0 -> {
                    out = java.util.Arrays.copyOf(text, at);
                    what = "cut at byte " + at;
                }
                case 1 -> {
                    out = text.clone();
                    out[at] = (byte) r.nextInt(256);
                    what = "byte " + at + " changed";
                }
                default -> {
                    out = new byte[text.length - 1];
                    System.arraycopy(text, 0, out, 0, at);
                    System.arraycopy(text, at + 1, out, at, text.length - at - 1);
                    what = "byte " + at + " deleted";
                }
            }
            return new Mutant(out, what);
        }

        private static String fieldAt(ObjectNode object, int index) {
            Iterator<String> names = object.fieldNames();
            for (int i = 0; i < index; i++) {
                names.next();
            }
            return names.next();
        }

        private static void collect(JsonNode node, List<JsonNode> into) {
            if (node.isContainerNode()) {
                into.add(node);
                if (node.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                        collect(it.next().getValue(), into);
                    }
                } else {
                    node.forEach(child -> collect(child, into));
                }
            }
        }
    }
}
