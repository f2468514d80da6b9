package vn.antq.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns the bytes or text of a dataset into a JSON tree: strict UTF-8 (a leading byte order mark is
 * skipped), one JSON value, no duplicate keys, decimals kept exact. Input that is not such JSON is
 * rejected with one problem saying where it breaks.
 */
final class JsonInput {
    private static final String FIELD = "json";
    private static final int CHECK_CHUNK = 1 << 16;
    /** One line without JSON's brackets or quotes, with a dot or a slash: a path given where JSON text was meant. */
    private static final Pattern FILE_NAME = Pattern.compile("[^{}\\[\\]\"\\n]*[./\\\\][^{}\\[\\]\"\\n]*");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonInput() {
    }

    /**
     * Checks that the bytes are UTF-8 and parses them, without holding a decoded copy of the text: a large
     * dataset's bytes and its tree are all that is in memory at once.
     *
     * @param bytes the dataset file's bytes
     * @return the JSON value they hold
     * @throws InvalidDatasetException when the bytes are not UTF-8 (naming the first bad byte's offset), are empty
     *                                 or are not well-formed JSON (with line and column)
     */
    static JsonNode parse(byte[] bytes) throws InvalidDatasetException {
        String wide = JsonErrors.wideEncoding(bytes);
        if (wide != null) {
            throw invalid("UTF-8 text", "text saved as " + wide + ": save the file again as UTF-8 (e.g. in Notepad: "
                    + "Save As, Encoding: UTF-8)");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(CHECK_CHUNK);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw invalid("UTF-8 text", "bytes that are not UTF-8 at byte offset " + in.position());
            }
        } while (result.isOverflow());
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return present(MAPPER.readTree(bytes, start, bytes.length - start));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text the dataset's text
     * @return the JSON value it holds
     * @throws InvalidDatasetException when the text is empty or not well-formed JSON, with line and column
     */
    static JsonNode parse(String text) throws InvalidDatasetException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = json.strip();
        if (FILE_NAME.matcher(trimmed).matches()) {
            throw invalid("the dataset's JSON text", JsonValues.quote(trimmed) + ", which looks like a file name: "
                    + "DatasetReader.read(String) reads the text itself; read(Path.of(...)) reads a file");
        }
        try {
            return present(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private static JsonNode present(JsonNode root) throws InvalidDatasetException {
        if (root == null || root.isMissingNode()) {
            throw invalid("well-formed JSON", "no JSON value (empty input)");
        }
        return root;
    }

    private static InvalidDatasetException malformed(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String position = where == null
                ? ""
                : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
        return invalid("well-formed JSON", position
                + JsonErrors.explain(Objects.toString(e.getOriginalMessage(), "").lines().findFirst().orElse("")));
    }

    private static InvalidDatasetException invalid(String expected, String found) {
        return new InvalidDatasetException(List.of(new Problem(Findings.DATASET, FIELD, expected, found)));
    }
}
