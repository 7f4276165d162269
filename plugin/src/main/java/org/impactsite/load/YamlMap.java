package org.impactsite.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impactsite.problem.Location;
import org.impactsite.validate.KeySchema;
import org.impactsite.validate.Located;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML mapping being read. On creation its keys are checked (unknown keys with a "did you
 * mean", duplicates); then it hands out its values as text, lists and nested mappings,
 * reporting every mistake at its place. Typed values (numbers, dates) are in {@link YamlValues}.
 */
final class YamlMap {

    private final YamlDoc doc;
    private final String path;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMap(YamlDoc doc, String path, Node node) {
        this.doc = doc;
        this.path = path;
        this.node = node;
    }

    /**
     * Reads {@code node} as a mapping with the keys of {@code schema}; empty (and reported) when
     * the node is something else.
     *
     * @param path the mapping's name in messages: "" for the top level, {@code metrics[2]}
     */
    static Optional<YamlMap> of(YamlDoc doc, String path, Node node, KeySchema schema) {
        if (!(node instanceof MappingNode mapping)) {
            String what = path.isEmpty() ? "the YAML" : path;
            doc.error(node, what + " must be a group of \"key: value\" lines, got " + describe(node),
                    "the keys of " + schema.what() + " are: " + String.join(", ", schema.keys()));
            return Optional.empty();
        }
        YamlMap map = new YamlMap(doc, path, node);
        Map<String, Node> firstKeys = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode k) || k.getTag().equals(Tag.NULL)) {
                doc.error(keyNode, "a key must be a plain word, got " + describe(keyNode),
                        "write keys as in the documentation, e.g. title: My campaign");
                continue;
            }
            String key = k.getValue();
            Node first = firstKeys.putIfAbsent(key, keyNode);
            if (first != null) {
                doc.error(keyNode, map.name(key) + " is given twice (first on line " + doc.at(first).line() + ")",
                        "keep only one " + key + ":");
            } else if (!schema.allows(key)) {
                doc.error(keyNode, "unknown key \"" + key + "\"" + (path.isEmpty() ? "" : " in " + path),
                        schema.hintFor(key));
            } else {
                map.values.put(key, t.getValueNode());
            }
        }
        return Optional.of(map);
    }

    YamlDoc doc() {
        return doc;
    }

    /** The mapping's name in messages: {@code metrics[2]}; empty for the top level. */
    String path() {
        return path;
    }

    /** The key's full name in messages: {@code metrics[2].value}. */
    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Where the mapping starts (its first key). */
    Location at() {
        return doc.at(node);
    }

    /** Where the key's value is written, or the mapping's start when the key is absent. */
    Location at(String key) {
        Node n = values.get(key);
        return n == null ? at() : doc.at(n);
    }

    /** The key's value, absent when the key is missing or has no value ({@code key:} or {@code ~}). */
    Optional<Node> get(String key) {
        Node n = values.get(key);
        return n == null || isNull(n) ? Optional.empty() : Optional.of(n);
    }

    /** Whether the key is written, even without a value. */
    boolean hasKey(String key) {
        return values.containsKey(key);
    }

    /** The text of a key that holds one value; null when absent or blank. */
    String text(String key) {
        return get(key).flatMap(n -> scalarText(n, name(key))).orElse(null);
    }

    /** Like {@link #text} but an error when missing. */
    String requiredText(String key, String hint) {
        String t = text(key);
        if (t == null && !failed(key)) {
            problem(key, name(key) + (hasKey(key) ? " is empty" : " is missing"), hint);
        }
        return t;
    }

    /** A list of short texts; a single value counts as a list of one. */
    List<Located<String>> texts(String key) {
        List<Located<String>> out = new ArrayList<>();
        for (Item item : items(key)) {
            scalarText(item.node(), item.name()).ifPresent(t -> out.add(new Located<>(t, doc.at(item.node()))));
        }
        return out;
    }

    /** One entry of a list, with its name in messages ({@code sdgs[2]}). */
    record Item(Node node, String name) {
    }

    /**
     * The entries of a list, empty ones skipped; a single value counts as a list of one, a group
     * of keys is an error.
     */
    List<Item> items(String key) {
        List<Item> out = new ArrayList<>();
        Optional<Node> n = get(key);
        if (n.isEmpty()) {
            return out;
        }
        if (n.get() instanceof SequenceNode seq) {
            List<Node> nodes = seq.getValue();
            for (int i = 0; i < nodes.size(); i++) {
                if (!isNull(nodes.get(i))) {
                    out.add(new Item(nodes.get(i), name(key) + "[" + (i + 1) + "]"));
                }
            }
        } else if (n.get() instanceof ScalarNode) {
            out.add(new Item(n.get(), name(key)));
        } else {
            doc.error(n.get(), name(key) + " must be a list, got " + describe(n.get()),
                    "write " + key + ": [first, second] or one entry per line led by \"- \"");
        }
        return out;
    }

    /** A nested mapping. */
    Optional<YamlMap> map(String key, KeySchema schema) {
        return get(key).flatMap(n -> of(doc, name(key), n, schema));
    }

    /** A list of mappings ({@code metrics}), each named {@code metrics[1]}, {@code metrics[2]}... */
    List<YamlMap> maps(String key, KeySchema schema) {
        List<YamlMap> out = new ArrayList<>();
        Optional<Node> n = get(key);
        if (n.isEmpty()) {
            return out;
        }
        if (!(n.get() instanceof SequenceNode seq)) {
            doc.error(n.get(), name(key) + " must be a list, got " + describe(n.get()),
                    "start each entry of " + key + " on its own line with \"- \"");
            return out;
        }
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            of(doc, name(key) + "[" + (i + 1) + "]", items.get(i), schema).ifPresent(out::add);
        }
        return out;
    }

    /** Reports a problem with the key's value (or with the mapping when the key is missing). */
    void problem(String key, String message, String hint) {
        doc.problems().error(at(key), message, hint);
    }

    private Optional<String> scalarText(Node n, String name) {
        if (n instanceof ScalarNode s) {
            String t = s.getValue().strip();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        doc.error(n, name + " must be text, got " + describe(n),
                "write the text on the same line, after the colon; put it in quotes if it contains \": \" or starts with [ or {");
        return Optional.empty();
    }

    private boolean failed(String key) {
        Node n = values.get(key);
        return n != null && !(n instanceof ScalarNode);
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** A node for messages: the text in quotes, "a list", "a group of keys". */
    static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            if (s.getTag().equals(Tag.NULL)) {
                return "nothing";
            }
            String v = s.getValue();
            if (v.codePointCount(0, v.length()) > 40) {
                v = v.substring(0, v.offsetByCodePoints(0, 40)) + "…";
            }
            return "\"" + v.replace("\n", "\\n") + "\"";
        }
        return n instanceof SequenceNode ? "a list" : "a group of keys";
    }
}
