package io.shipgate.carrier.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Variants of a carrier's success answer as real carriers send them: an optional field missing, a value
 * null or empty, events in another order, fields the adapter has never seen. An adapter's robustness test
 * feeds each variant to the operation that reads it: it parses or throws a {@code CarrierException},
 * never anything else (see {@link Robustness}).
 *
 * <p>Deterministic and bounded: at most {@link #MAX_VARIANTS} per fixture, spread evenly over the document.
 */
public final class FixtureMutations {

    public static final int MAX_VARIANTS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Variant(String name, String json) {
        @Override
        public String toString() {
            return name;
        }
    }

    private FixtureMutations() {
    }

    /** The fixture's variants, at most {@link #MAX_VARIANTS}; a body that is not JSON gets none. */
    public static Stream<Variant> variants(String json) {
        return variants(json, MAX_VARIANTS);
    }

    /** At most {@code max} variants, spread evenly over the document (for fixtures whose parse is costly, e.g. a label to decode). */
    public static Stream<Variant> variants(String json, int max) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            return Stream.empty();
        }
        if (root == null || !root.isContainerNode()) {
            return Stream.empty();
        }
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        List<Variant> all = new ArrayList<>();
        for (String pointer : pointers) {
            JsonNode node = root.at(pointer);
            if (!pointer.isEmpty()) {
                all.add(mutate(root, pointer, "without " + pointer, (parent, key) -> remove(parent, key)));
                all.add(mutate(root, pointer, pointer + " null", (parent, key) -> set(parent, key, JsonNodeFactory.instance.nullNode())));
                if (node.isTextual()) {
                    all.add(mutate(root, pointer, pointer + " empty", (parent, key) -> set(parent, key, JsonNodeFactory.instance.textNode(""))));
                }
                if (node.isNumber()) {
                    all.add(mutate(root, pointer, pointer + " as text", (parent, key) -> set(parent, key, JsonNodeFactory.instance.textNode(node.asText()))));
                }
            }
            if (node.isArray() && node.size() > 1) {
                all.add(apply(root, pointer + " reversed", copy -> reverse((ArrayNode) copy.at(pointer))));
            }
            if (node.isObject()) {
                all.add(apply(root, pointer + " with unknown fields", copy -> ((ObjectNode) copy.at(pointer))
                        .put("shipgateUnknownField", "x").putObject("shipgateUnknownObject").putArray("list").add(1)));
            }
        }
        if (all.size() <= max) {
            return all.stream();
        }
        double step = all.size() / (double) max;
        return IntStream.range(0, max).mapToObj(i -> all.get((int) (i * step)));
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        pointers.add(pointer);
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                collect(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private interface Edit {
        void on(JsonNode parent, String key);
    }

    private static Variant mutate(JsonNode root, String pointer, String name, Edit edit) {
        int slash = pointer.lastIndexOf('/');
        String parentPointer = pointer.substring(0, slash);
        String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        return apply(root, name, copy -> edit.on(copy.at(parentPointer), key));
    }

    private static Variant apply(JsonNode root, String name, Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        change.accept(copy);
        return new Variant(name, copy.toString());
    }

    private static void remove(JsonNode parent, String key) {
        if (parent instanceof ObjectNode o) {
            o.remove(key);
        } else if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(key));
        }
    }

    private static void set(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set(key, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(key), value);
        }
    }

    private static void reverse(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        array.removeAll();
        for (int i = items.size() - 1; i >= 0; i--) {
            array.add(items.get(i));
        }
    }
}
