package org.impactsite.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The JSON Schemas (draft 2020-12) of a report's files, as the plugin jar holds and publishes them. */
public final class Schemas {

    /** The schema of a case study's front matter. */
    public static final String CASE = "case-study.schema.json";
    /** The schema of site.yaml. */
    public static final String SITE = "site.schema.json";
    /** Every schema, as published under {@code schema/}. */
    public static final List<String> ALL = List.of(CASE, SITE);

    private static final Map<String, Object> PARSED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /**
     * A schema as a report publishes it: its {@code $id} the address it is published at
     * ({@code <baseUrl>schema/<name>}), so editors and validators can name it by a stable URL;
     * as in the jar (a URN) when the report has no address.
     */
    public static byte[] published(String name, String baseUrl) {
        byte[] bytes = bytes(name);
        if (baseUrl == null || baseUrl.isEmpty()) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String id = baseUrl + (baseUrl.endsWith("/") ? "" : "/") + "schema/" + name;
        return text.replaceFirst("\"\\$id\": \"urn:impact-site:schema:[a-z-]+\"",
                Matcher.quoteReplacement("\"$id\": \"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\""))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A schema's bytes, as in the jar. */
    public static byte[] bytes(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/org/impactsite/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar has no schema " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property names, in their order, of the object at {@code pointer} (a JSON Pointer, "" for the whole) in a schema. */
    static List<String> keys(String name, String pointer) {
        Object node = PARSED.computeIfAbsent(name, n -> new Load(LoadSettings.builder().build())
                .loadFromString(new String(bytes(n), StandardCharsets.UTF_8)));
        for (String step : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<?, ?>) node).get(step);
        }
        Object properties = node instanceof Map<?, ?> m ? m.get("properties") : null;
        if (!(properties instanceof Map<?, ?> p) || p.isEmpty()) {
            throw new IllegalStateException(name + " has no properties at " + pointer);
        }
        return p.keySet().stream().map(String::valueOf).toList();
    }
}
