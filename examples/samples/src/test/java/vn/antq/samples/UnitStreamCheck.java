package vn.antq.samples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An output stream that parses what is written to it as it arrives, keeping only counts and the ids seen: it checks a
 * dataset of any size without holding its text. It counts units by kind and notes duplicate ids and parents not
 * listed before their children. In the campaigns it counts participation entries by campaign and notes duplicate
 * campaign ids, expected or participating units that are not units of the dataset, and units with more than one
 * entry in a campaign.
 */
final class UnitStreamCheck extends OutputStream {
    /** The nesting depth of a unit or campaign object (document 1, its arrays 2). */
    private static final int ITEM = 3;
    /** The nesting depth of a participation entry. */
    private static final int PARTICIPATION_ENTRY = 5;

    private final JsonParser parser;
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> campaignIds = new HashSet<>();
    private final Map<String, Integer> participation = new TreeMap<>();
    private final Set<String> participants = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private String section;
    private String campaign;
    private String field;
    private long bytes;

    UnitStreamCheck() throws IOException {
        parser = new JsonFactory().createNonBlockingByteArrayParser();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        bytes += len;
        ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(Arrays.copyOfRange(b, off, off + len), 0,
                len);
        for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.NOT_AVAILABLE;
             token = parser.nextToken()) {
            JsonStreamContext context = parser.getParsingContext();
            if (token == JsonToken.FIELD_NAME) {
                field = parser.currentName();
                if (context.getParent().inRoot()) {
                    section = field;
                }
                continue;
            }
            if (token == JsonToken.VALUE_STRING && "units".equals(section) && context.getNestingDepth() == ITEM) {
                unitField(parser.getText());
            } else if (token == JsonToken.VALUE_STRING && "campaigns".equals(section)) {
                campaignValue(context, parser.getText());
            }
            field = null;
        }
    }

    private void unitField(String value) {
        switch (field) {
            case "kind" -> kinds.merge(value, 1, Integer::sum);
            case "id" -> {
                if (!ids.add(value)) {
                    problems.add("duplicate id " + value);
                }
            }
            case "parent" -> {
                if (!ids.contains(value)) {
                    problems.add("parent " + value + " not listed before its child");
                }
            }
            default -> {
            }
        }
    }

    private void campaignValue(JsonStreamContext context, String value) {
        if (context.getNestingDepth() == ITEM && "id".equals(field)) {
            campaign = value;
            participants.clear();
            participation.put(value, 0);
            if (!campaignIds.add(value)) {
                problems.add("duplicate campaign id " + value);
            }
        } else if (context.inArray() && "expected".equals(context.getParent().getCurrentName())) {
            if (!ids.contains(value)) {
                problems.add("campaign " + campaign + " expects " + value + ", not a unit of the dataset");
            }
        } else if (context.getNestingDepth() == PARTICIPATION_ENTRY && "unit".equals(field)) {
            participation.merge(campaign, 1, Integer::sum);
            if (!ids.contains(value)) {
                problems.add("campaign " + campaign + " has participation of " + value + ", not a unit");
            }
            if (!participants.add(value)) {
                problems.add("campaign " + campaign + " has more than one entry for " + value);
            }
        }
    }

    /** @return the number of units of each kind */
    Map<String, Integer> kinds() {
        return kinds;
    }

    /** @return the number of participation entries of each campaign, by campaign id */
    Map<String, Integer> participation() {
        return participation;
    }

    /** @return duplicate ids, parents listed late and campaign problems, empty if none */
    List<String> problems() {
        return problems;
    }

    /** @return the number of bytes written */
    long bytes() {
        return bytes;
    }
}
