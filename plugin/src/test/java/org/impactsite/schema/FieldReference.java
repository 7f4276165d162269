package org.impactsite.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impactsite.validate.KeySchema;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The field reference ({@code docs/fields.md}) written from the published JSON Schemas, so the
 * two cannot drift: every key of site.yaml and of a case study, its type, what it holds and
 * what the reader sees, its allowed values or examples. {@code main} writes the file (the test
 * does with {@code -Dimpact.writeDocs=true}); the test fails when it differs from what the schemas give.
 */
public final class FieldReference {

    static final Path FILE = Path.of("../docs/fields.md");

    private FieldReference() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, text(), StandardCharsets.UTF_8);
    }

    static String text() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Field reference\n\n")
                .append("Every key a report's files may hold, written from the JSON Schemas the plugin publishes and\n")
                .append("checks against (`plugin/src/main/resources/org/impactsite/schema/`); a test fails when this\n")
                .append("page and the schemas differ. Keys are written with their parents (`metrics[].label` is the\n")
                .append("`label` of each entry of `metrics`). Text keys take plain text, escaped wherever it is shown.\n");
        part(md, "site.yaml", "site.schema.json");
        part(md, "A case study (the front matter of a Markdown file in `case-studies/`)", "case-study.schema.json");
        // a free page's few keys have no published schema; the plugin lists them itself
        md.append("\n## A free page (the front matter of a Markdown file in `pages/`)\n\n")
                .append("An about page, a methodology: a title, then Markdown.\n\n")
                .append("| Key | Type | What it is | Values |\n|---|---|---|---|\n");
        for (String key : KeySchema.PAGE.keys()) {
            String what = PAGE_KEYS.get(key);
            if (what == null) {
                throw new IllegalStateException("the field reference does not describe the page key " + key);
            }
            md.append("| `").append(key).append('`').append(what).append(" |\n");
        }
        return md.toString();
    }

    private static final Map<String, String> PAGE_KEYS = Map.of(
            "title", " (required) | text | The page's title, in the menu and as its heading. | ",
            "summary", " | text | A sentence shown under the page's title. | ",
            "order", " | whole number | Where the page comes in the menu, smaller first (-9999 to 9999; 0 when left out). | e.g. `1`, `2`",
            "slug", " | text | The page's address (about/); made from the file name when left out. | ");

    private static void part(StringBuilder md, String heading, String file) throws IOException {
        Map<?, ?> schema = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(PublishedSchemaTest.resource(file));
        md.append("\n## ").append(heading).append("\n\n").append(schema.get("description")).append("\n\n")
                .append("| Key | Type | What it is | Values |\n|---|---|---|---|\n");
        List<String> required = names(schema.get("required"));
        walk(md, schema, schema, "", required);
    }

    private static void walk(StringBuilder md, Map<?, ?> root, Map<?, ?> node, String prefix, List<String> required) {
        Map<?, ?> props = (Map<?, ?>) node.get("properties");
        if (props == null) {
            return;
        }
        for (Map.Entry<?, ?> e : props.entrySet()) {
            String key = prefix + e.getKey();
            Map<?, ?> p = (Map<?, ?>) e.getValue();
            Map<?, ?> shape = resolve(root, p);
            String description = String.valueOf(p.containsKey("description") ? p.get("description") : shape.get("description"));
            md.append("| `").append(key).append("`").append(required.contains(String.valueOf(e.getKey())) ? " (required)" : "")
                    .append(" | ").append(type(root, shape)).append(" | ").append(cell(description)).append(" | ")
                    .append(cell(values(p, shape))).append(" |\n");
            inside(md, root, shape, key, 0);
        }
    }

    /** The keys inside a value: of a map, of each entry of a list, of each form it may take (period: {start, end}). */
    private static void inside(StringBuilder md, Map<?, ?> root, Map<?, ?> shape, String key, int depth) {
        if (depth > 4) {
            return;
        }
        if (shape.get("properties") != null) {
            walk(md, root, shape, key + ".", names(shape.get("required")));
        }
        if (shape.get("items") instanceof Map<?, ?> item) {
            inside(md, root, resolve(root, item), key + "[]", depth + 1);
        }
        Object any = shape.containsKey("anyOf") ? shape.get("anyOf") : shape.get("oneOf");
        if (any instanceof List<?> options) {
            options.forEach(o -> inside(md, root, resolve(root, (Map<?, ?>) o), key, depth + 1));
        }
    }

    /** The node a {@code $ref} names (one step: the schemas refer only into their own {@code $defs}). */
    private static Map<?, ?> resolve(Map<?, ?> root, Map<?, ?> node) {
        Object ref = node.get("$ref");
        if (!(ref instanceof String r) || !r.startsWith("#/$defs/")) {
            return node;
        }
        return resolve(root, (Map<?, ?>) ((Map<?, ?>) root.get("$defs")).get(r.substring("#/$defs/".length())));
    }

    private static String type(Map<?, ?> root, Map<?, ?> shape) {
        Object t = shape.get("type");
        if (t instanceof List<?> several) {
            // text that may also be written as a number or yes/no, all read as text
            return several.contains("string") ? "text" : several.stream().map(x -> word(String.valueOf(x)))
                    .collect(Collectors.joining(" or "));
        }
        if (t instanceof String s) {
            if (s.equals("array") && shape.get("items") instanceof Map<?, ?> item) {
                return "list of " + type(root, resolve(root, item));
            }
            return word(s);
        }
        Object any = shape.containsKey("anyOf") ? shape.get("anyOf") : shape.get("oneOf");
        if (any instanceof List<?> options) {
            return options.stream().flatMap(o -> Stream.of(type(root, resolve(root, (Map<?, ?>) o)).split(" or "))).distinct()
                    .collect(Collectors.joining(" or "));
        }
        return "any";
    }

    private static String word(String jsonType) {
        return switch (jsonType) {
            case "string" -> "text";
            case "integer" -> "whole number";
            case "boolean" -> "yes/no";
            case "object" -> "map";
            default -> jsonType;
        };
    }

    private static String values(Map<?, ?> p, Map<?, ?> shape) {
        List<String> out = new ArrayList<>();
        for (Map<?, ?> m : List.of(p, shape)) {
            if (m.get("enum") instanceof List<?> e && out.isEmpty()) {
                out.add(e.stream().map(x -> "`" + x + "`").collect(Collectors.joining(", ")));
            }
        }
        for (Map<?, ?> m : List.of(p, shape)) {
            if (m.get("examples") instanceof List<?> e && out.isEmpty()) {
                out.add("e.g. " + e.stream().map(x -> "`" + x + "`").collect(Collectors.joining(", ")));
            }
        }
        return String.join(" ", out);
    }

    private static List<String> names(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
