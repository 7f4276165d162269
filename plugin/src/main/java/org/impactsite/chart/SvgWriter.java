package org.impactsite.chart;

import java.awt.geom.Rectangle2D;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.impactsite.format.XmlText;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a laid-out chart as an accessible, scalable {@code <svg>} element: {@code role="img"},
 * a {@code <title>} and {@code <desc>} named by {@code aria-labelledby}, a {@code viewBox}
 * instead of a fixed size, text kept as text, and ids that start with a prefix unique on the
 * page. The same chart always gives the same bytes.
 */
final class SvgWriter {

    private SvgWriter() {
    }

    /**
     * @param prefix an XML name prefix unique on the page, such as {@code chart-1-acme-}; every
     *               id in the SVG starts with it
     */
    static String write(Drawing d, String prefix, String title, Theme theme) {
        SVGGraphics2D g = new SVGGraphics2D(d.width(), d.height());
        g.setDefsKeyPrefix(prefix);
        g.setFontFunction(family -> Theme.FONT_STACK);
        g.setGeomDoubleConverter(SvgWriter::number);
        g.setTransformDoubleConverter(SvgWriter::number);
        d.chart().draw(g, new Rectangle2D.Double(0, 0, d.width(), d.height()));
        String element = g.getSVGElement(null, false, null, null, null);
        String body = presentationAttributes(element.substring(element.indexOf('>') + 1), theme.colourNames());
        StringBuilder svg = new StringBuilder(body.length() + 512);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (body.contains("xlink:")) {
            svg.append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        }
        if (body.contains("jfreesvg:")) {
            svg.append(" xmlns:jfreesvg=\"https://www.jfree.org/jfreesvg/svg\"");
        }
        svg.append(" viewBox=\"0 0 ").append(d.width()).append(' ').append(d.height()).append('"')
                .append(" font-family='").append(Theme.FONT_STACK).append('\'')
                .append(" role=\"img\" aria-labelledby=\"").append(prefix).append("title ")
                .append(prefix).append("desc\">")
                .append("<title id=\"").append(prefix).append("title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(prefix).append("desc\">").append(escape(d.description()))
                .append("</desc>")
                .append(body);
        return svg.toString();
    }

    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");
    private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "fill-rule", "stroke",
            "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
            "stroke-dasharray", "stroke-dashoffset", "opacity", "font-family", "font-size", "font-weight",
            "font-style", "text-anchor", "shape-rendering", "text-rendering", "stop-color", "stop-opacity");

    /**
     * JFreeSVG writes paint as {@code style} attributes; a page whose Content-Security-Policy
     * forbids inline style ignores them. The same declarations as SVG presentation attributes
     * are not inline style, so charts keep their colours under a strict policy (and a page
     * stylesheet may still override them, which dark mode uses).
     */
    static String presentationAttributes(String svg) {
        return presentationAttributes(svg, java.util.Map.of());
    }

    /**
     * As {@link #presentationAttributes(String)}, and each fill or stroke in one of the theme's
     * colours ({@code rgb(31,41,51)}) also gets a class naming it ({@code f-ink}, {@code s-grid},
     * {@code f-s0} for the first series): the page's dark mode repaints the chart by those.
     *
     * @param colours the theme's colours as JFreeSVG writes them, with their names
     */
    static String presentationAttributes(String svg, java.util.Map<String, String> colours) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            StringBuilder attrs = new StringBuilder();
            StringBuilder classes = new StringBuilder();
            for (String declaration : m.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = declaration.substring(0, colon).trim();
                String value = declaration.substring(colon + 1).trim();
                if (!PRESENTATION.contains(name) || value.isEmpty()) {
                    throw new IllegalStateException("no presentation attribute for " + declaration.trim());
                }
                if (inherited(name, value)) {
                    continue;
                }
                char quote = value.indexOf('\'') >= 0 ? '"' : '\'';
                if (value.indexOf(quote) >= 0) {
                    throw new IllegalStateException("cannot quote " + value);
                }
                attrs.append(attrs.length() == 0 ? "" : " ").append(name).append('=').append(quote)
                        .append(value).append(quote);
                String colour = (name.equals("fill") || name.equals("stroke")) ? colours.get(value) : null;
                if (colour != null) {
                    classes.append(classes.length() == 0 ? "" : " ").append(name.charAt(0)).append('-').append(colour);
                }
            }
            if (classes.length() > 0) {
                attrs.append(" class='").append(classes).append('\'');
            }
            m.appendReplacement(out, Matcher.quoteReplacement(attrs.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A declaration the element has anyway: full opacity (the initial value), or the charts'
     * one font, set once on the {@code <svg>} element and inherited. Leaving them out makes a
     * chart about a quarter shorter.
     */
    private static boolean inherited(String name, String value) {
        return switch (name) {
            case "fill-opacity", "stroke-opacity", "opacity" -> value.equals("1") || value.equals("1.0");
            case "font-family" -> value.equals(Theme.FONT_STACK);
            default -> false;
        };
    }

    /** Escapes text for XML content and attribute values, after {@link #plain}. */
    static String escape(String text) {
        return XmlText.escape(plain(text));
    }

    /** User text made fit for one line of an SVG picture ({@link XmlText#line}). */
    static String plain(String text) {
        return XmlText.line(text);
    }

    /** Coordinates to two decimals, without trailing zeros: 12, 12.5, 12.25. Thread-safe. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long hundredths = Math.round(value * 100);
        long whole = Math.abs(hundredths) / 100;
        int frac = (int) (Math.abs(hundredths) % 100);
        StringBuilder b = new StringBuilder(12);
        if (hundredths < 0) {
            b.append('-');
        }
        b.append(whole);
        if (frac != 0) {
            b.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                b.append(frac % 10);
            }
        }
        return b.toString();
    }
}
