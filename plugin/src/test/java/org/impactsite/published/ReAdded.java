package org.impactsite.published;

import com.github.erosb.jsonsKema.IJsonObject;
import com.github.erosb.jsonsKema.IJsonValue;
import com.github.erosb.jsonsKema.JsonNull;
import com.github.erosb.jsonsKema.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline totals of a published report, re-added by a reader from its data files alone:
 * {@code data/portfolio.json}'s {@code headlines} and their {@code parts}.
 */
public final class ReAdded {

    /** One headline as published: its total and the sum of its parts. */
    public record Total(String id, String unit, BigDecimal shown, BigDecimal reAdded, int parts, List<String> partUnits) {
    }

    private ReAdded() {
    }

    public static List<Total> fromJson(Path site) throws IOException {
        IJsonObject root = new JsonParser(Files.readString(site.resolve("data/portfolio.json"), StandardCharsets.UTF_8))
                .parse().requireObject();
        List<Total> out = new ArrayList<>();
        for (IJsonValue v : root.get("headlines").requireArray().getElements()) {
            IJsonObject h = v.requireObject();
            BigDecimal sum = BigDecimal.ZERO;
            List<String> units = new ArrayList<>();
            List<IJsonValue> parts = h.get("parts").requireArray().getElements();
            for (IJsonValue p : parts) {
                sum = sum.add(number(p.requireObject().get("value")));
                IJsonValue original = p.requireObject().get("original");
                units.add(original instanceof JsonNull ? string(h.get("unit"))
                        : "converted from " + string(original.requireObject().get("unit")));
            }
            out.add(new Total(string(h.get("id")), string(h.get("unit")), number(h.get("total")), sum, parts.size(), units));
        }
        return out;
    }

    /**
     * From {@code data/portfolio.csv}: for each headline, the total row's value and the sum of
     * the rows it says it adds ({@code counted} "yes...").
     */
    public static Map<String, BigDecimal[]> fromCsv(Path site) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(site.resolve("data/portfolio.csv"), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int value = header.indexOf("value");
        int headline = header.indexOf("headline");
        int counted = header.indexOf("counted");
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(headline).isEmpty()) {
                continue;
            }
            BigDecimal[] t = out.computeIfAbsent(r.get(headline), k -> new BigDecimal[] {null, BigDecimal.ZERO});
            if (r.get(counted).startsWith("total")) {
                t[0] = new BigDecimal(r.get(value));
            } else if (r.get(counted).startsWith("yes")) {
                t[1] = t[1].add(new BigDecimal(r.get(value)));
            }
        }
        return out;
    }

    /**
     * Asserts what a funder checking the report would: each headline of {@code data/portfolio.json}
     * re-adds from its parts to its total, adds one unit only, is the figure its home page shows
     * in the same order, and the CSV's rows add up the same; returns the totals.
     */
    public static List<Total> assertEveryHeadlineReAdds(Path site) throws IOException {
        List<Total> totals = fromJson(site);
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<String> shown = home.select(".headline-figure .figure").eachText();
        org.assertj.core.api.Assertions.assertThat(shown).as("headline figures on the home page").hasSameSizeAs(totals);
        for (int i = 0; i < totals.size(); i++) {
            Total t = totals.get(i);
            org.assertj.core.api.Assertions.assertThat(t.reAdded()).as(t.id()).isEqualByComparingTo(t.shown());
            org.assertj.core.api.Assertions.assertThat(t.partUnits()).as(t.id() + ": one unit only").containsOnly(t.unit());
            org.assertj.core.api.Assertions.assertThat(new BigDecimal(shown.get(i).replaceAll("[,\\s]", "")))
                    .as(t.id() + " on the page").isEqualByComparingTo(t.shown());
        }
        Map<String, BigDecimal[]> csv = fromCsv(site);
        org.assertj.core.api.Assertions.assertThat(csv.keySet()).as("CSV headlines")
                .containsExactlyElementsOf(totals.stream().map(Total::id).toList());
        csv.forEach((id, t) -> org.assertj.core.api.Assertions.assertThat(t[1]).as("CSV " + id).isEqualByComparingTo(t[0]));
        return totals;
    }

    private static BigDecimal number(IJsonValue v) {
        return new BigDecimal(v.requireNumber().getValue().toString());
    }

    private static String string(IJsonValue v) {
        return v instanceof JsonNull ? "" : v.requireString().getValue();
    }

    /** RFC 4180 as the report writes it: quoted cells may hold commas, quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (!row.isEmpty() || cell.length() > 0) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
