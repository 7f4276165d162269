package org.impactsite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.impactsite.fonts.Typefaces;
import org.impactsite.format.Contrast;

/**
 * The look of every chart: one accent colour (darkened until it stands out from white), neutral
 * greys, a sans-serif font and thin light gridlines. Immutable.
 */
final class Theme {

    /** What the SVG asks the browser for, whatever font was used to measure the text. */
    static final String FONT_STACK =
            "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", Arial, sans-serif";


    static final Color TEXT = new Color(0x1f2933);
    static final Color SOFT_TEXT = new Color(0x52606d);
    static final Color GRID = new Color(0xe4e7eb);
    static final Color AXIS_LINE = new Color(0xbcc5ce);
    static final Color NEUTRAL = new Color(0x7b8794);
    static final Color BACKGROUND = Color.WHITE;

    static final Stroke GRID_STROKE = new BasicStroke(1f);
    static final Stroke LINE_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke MARKER_STROKE = new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG 2.1, 1.4.11: graphical objects need 3:1 against their background. */
    private static final double MIN_CONTRAST = 3.0;

    private final Color accent;
    private final Color track;
    private final List<Color> series;
    private final Typefaces.Face face;
    private final Font label;
    private final Font value;
    private final Font headline;

    /** A theme measuring its text in the first of the plugin's fonts. */
    Theme(String accentHex) {
        this(accentHex, Typefaces.bundled().faces().get(0));
    }

    /**
     * @param face the bundled font the chart's text is measured in: the browser draws the SVG's
     *             text in the reader's fonts, but where labels go and where they are cut is
     *             worked out with this one, the same on every machine
     */
    private Theme(String accentHex, Typefaces.Face face) {
        Objects.requireNonNull(accentHex, "accent");
        if (!HEX.matcher(accentHex).matches()) {
            throw new IllegalArgumentException("accent must be #rrggbb, got " + accentHex);
        }
        this.accent = readable(Color.decode(accentHex));
        this.track = mix(accent, BACKGROUND, 0.85);
        this.series = List.of(accent, new Color(0x3e4c59), readable(rotate(accent, 0.45f)),
                readable(rotate(accent, 0.2f)), NEUTRAL, readable(rotate(accent, 0.7f)));
        this.face = face;
        this.label = measuring(face, Font.PLAIN, 14);
        this.value = measuring(face, Font.BOLD, 14);
        this.headline = measuring(face, Font.BOLD, 18);
        this.accentHex = accentHex;
    }

    private final String accentHex;

    /** Latin text to compare the widths of two fonts by. */
    private static final String LATIN = "The quick brown fox jumps over the lazy dog, 0123456789: 1.2M views, 988K people";

    /**
     * The face at a size for measuring. The browser draws a chart's Latin text in a Latin font
     * (as wide as DejaVu Sans, the widest of the usual ones) and its Chinese in a Chinese one;
     * a chart measured in the Chinese face alone would find its Latin too narrow, so that face
     * is widened until its Latin is as wide as the first face's: labels are cut a little early
     * rather than run into each other.
     */
    private static Font measuring(Typefaces.Face face, int style, float size) {
        Font font = face.font(style, size);
        Typefaces.Face first = Typefaces.bundled().faces().get(0);
        if (face == first) {
            return font;
        }
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double widen = first.font(style, size).getStringBounds(LATIN, frc).getWidth() / font.getStringBounds(LATIN, frc).getWidth();
        return widen <= 1 ? font : font.deriveFont(java.awt.geom.AffineTransform.getScaleInstance(widen, 1));
    }

    /** This theme measuring in the bundled font that draws these texts best (Chinese labels in a Chinese font). */
    Theme measuring(Collection<String> texts) {
        Typefaces.Face best = Typefaces.bundled().faceFor(texts);
        return best == face ? this : new Theme(accentHex, best);
    }

    /** The family the text is measured in: part of what a kept chart is made from. */
    String measuredIn() {
        return face.family();
    }

    /** Category labels, legend items and the category axis. */
    Font label() {
        return label;
    }

    /** Values written at bars and points. */
    Font value() {
        return value;
    }

    /** Value-axis ticks and marker labels. */
    Font tick() {
        return label;
    }

    /** The bold line above a plot. */
    Font headline() {
        return headline;
    }

    /**
     * The theme's colours as JFreeSVG writes them ({@code rgb(31,41,51)}) with the names the
     * page's stylesheet repaints them by in dark mode: ink, soft, grid, axis, neutral, paper,
     * track, and s0 to s5 for the series (s0 is the accent).
     */
    java.util.Map<String, String> colourNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            names.putIfAbsent(rgb(series.get(i)), "s" + i);
        }
        names.putIfAbsent(rgb(TEXT), "ink");
        names.putIfAbsent(rgb(SOFT_TEXT), "soft");
        names.putIfAbsent(rgb(GRID), "grid");
        names.putIfAbsent(rgb(AXIS_LINE), "axis");
        names.putIfAbsent(rgb(NEUTRAL), "neutral");
        names.putIfAbsent(rgb(BACKGROUND), "paper");
        names.putIfAbsent(rgb(track), "track");
        return names;
    }

    /**
     * The custom properties the page's dark mode paints the series and the progress track with:
     * each series colour lightened until it stands out (3:1) from the dark background.
     *
     * @param darkBackground the page's dark-mode background
     */
    String darkModeProperties(Color darkBackground) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            Color c = series.get(i);
            for (int step = 1; contrast(c, darkBackground) < MIN_CONTRAST && step <= 20; step++) {
                c = mix(series.get(i), Color.WHITE, step * 0.05);
            }
            css.append("    --chart-s").append(i).append(": ").append(hex(c)).append(";\n");
            if (i == 0) {
                css.append("    --chart-track: ").append(hex(mix(c, darkBackground, 0.75))).append(";\n");
            }
        }
        return css.toString();
    }

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    Color accent() {
        return accent;
    }

    /** A pale tint of the accent: the part of a progress bar not yet reached. */
    Color track() {
        return track;
    }

    /** Colours for several series or parts, accent first; cycles when there are more. */
    Color series(int index) {
        return series.get(index % series.size());
    }

    /** The hex form, for tests and notes. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static double contrast(Color a, Color b) {
        return Contrast.ratio(a, b);
    }

    private static Color readable(Color c) {
        Color d = c;
        while (contrast(d, BACKGROUND) < MIN_CONTRAST) {
            d = mix(d, Color.BLACK, 0.1);
        }
        return d;
    }

    private static Color rotate(Color c, float turn) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        float h = (hsb[0] + turn) % 1f;
        return Color.getHSBColor(h, Math.max(hsb[1], 0.45f), Math.min(hsb[2], 0.75f));
    }

    private static Color mix(Color c, Color with, double amount) {
        return new Color(
                channel(c.getRed(), with.getRed(), amount),
                channel(c.getGreen(), with.getGreen(), amount),
                channel(c.getBlue(), with.getBlue(), amount));
    }

    private static int channel(int a, int b, double amount) {
        return (int) Math.round(a + (b - a) * amount);
    }
}
