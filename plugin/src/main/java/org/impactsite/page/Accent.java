package org.impactsite.page;

import java.util.Locale;
import org.impactsite.model.SiteConfig;
import org.impactsite.chart.ChartMaker;
import org.impactsite.format.Contrast;

/**
 * The site's accent colour as CSS custom properties, adjusted so that text in the accent colour
 * keeps WCAG AA contrast (4.5:1): darkened on the light background, lightened on the dark one.
 */
final class Accent {

    /** The theme's dark-mode background; style.css uses the same value. */
    static final int DARK_BACKGROUND = 0x14161b;
    static final int LIGHT_BACKGROUND = 0xffffff;
    /** The panels' background (tiles, cards) in each mode; style.css uses the same values. */
    static final int DARK_SURFACE = 0x1d2027;
    static final int LIGHT_SURFACE = 0xf6f7f9;
    /** How far the soft tint (current page, badges) is mixed towards the background. */
    static final double LIGHT_SOFT = 0.90;
    static final double DARK_SOFT = 0.82;
    static final double AA = 4.5;

    private Accent() {
    }

    /** The contents of {@code theme/accent.css}. */
    static String css(String accent) {
        int base = parse(accent);
        int light = towards(base, 0x000000, LIGHT_BACKGROUND, LIGHT_SURFACE, LIGHT_SOFT);
        int dark = towards(base, 0xffffff, DARK_BACKGROUND, DARK_SURFACE, DARK_SOFT);
        return "/* Generated from theme.accent in site.yaml (" + hex(base) + "). */\n"
                + ":root {\n"
                + "  --accent: " + hex(light) + ";\n"
                + "  --accent-soft: " + hex(mix(light, LIGHT_BACKGROUND, LIGHT_SOFT)) + ";\n"
                + "  --accent-line: " + hex(mix(light, LIGHT_BACKGROUND, 0.55)) + ";\n"
                + "}\n"
                + "@media (prefers-color-scheme: dark) {\n"
                + "  :root {\n"
                + "    --accent: " + hex(dark) + ";\n"
                + "    --accent-soft: " + hex(mix(dark, DARK_BACKGROUND, DARK_SOFT)) + ";\n"
                + "    --accent-line: " + hex(mix(dark, DARK_BACKGROUND, 0.5)) + ";\n"
                + ChartMaker.darkModeProperties(hex(base), hex(DARK_BACKGROUND))
                + "  }\n"
                + "}\n";
    }

    /** {@code #rrggbb}; anything else falls back to the default accent. */
    static int parse(String accent) {
        String a = accent == null ? "" : accent.trim();
        if (!a.matches("#[0-9a-fA-F]{6}")) {
            a = SiteConfig.DEFAULT_ACCENT;
        }
        return Integer.parseInt(a.substring(1), 16);
    }

    /**
     * Mixes {@code colour} towards {@code goal} in small steps until text in it reaches AA on
     * every background it is used on: the page, the panels, and its own soft tint.
     */
    static int towards(int colour, int goal, int background, int surface, double soft) {
        int c = colour;
        for (int step = 1; worst(c, background, surface, soft) < AA && step <= 100; step++) {
            c = mix(colour, goal, step / 100.0);
        }
        return c;
    }

    private static double worst(int c, int background, int surface, double soft) {
        return Math.min(Math.min(contrast(c, background), contrast(c, surface)), contrast(c, mix(c, background, soft)));
    }

    /** {@code amount} 0 keeps {@code a}, 1 gives {@code b}. */
    static int mix(int a, int b, double amount) {
        int r = channel(a, 16, b, amount);
        int g = channel(a, 8, b, amount);
        int bl = channel(a, 0, b, amount);
        return (r << 16) | (g << 8) | bl;
    }

    private static int channel(int a, int shift, int b, double amount) {
        int x = (a >> shift) & 0xff;
        int y = (b >> shift) & 0xff;
        return (int) Math.round(x + (y - x) * amount);
    }

    /** WCAG 2 contrast ratio, 1 to 21. */
    static double contrast(int a, int b) {
        return Contrast.ratio(new java.awt.Color(a), new java.awt.Color(b));
    }

    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
