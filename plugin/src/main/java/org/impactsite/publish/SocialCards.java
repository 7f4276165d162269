package org.impactsite.publish;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.math.BigDecimal;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;


import org.impactsite.format.Contrast;
import org.impactsite.format.NumberFormats;
import org.impactsite.model.CaseStudy;
import org.impactsite.figures.Units;
import org.impactsite.model.Metric;
import org.impactsite.model.Qualifier;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Addresses;
import org.impactsite.problem.Location;
import org.impactsite.problem.Severity;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;

/**
 * The pictures social networks show beside a shared link: 1200 x 630 PNG, one per case study
 * (its title, organisation and headline number) and one for the report (its title and
 * organisation). Drawn with Java2D; no clock, no randomness, so the same input on the same
 * machine gives the same bytes.
 *
 * <p>Text is drawn with the installed fonts: Java's sans-serif font first, else the first
 * installed family (by name) that has every character of the line. A line that no installed
 * font can show (Chinese text on a machine without a Chinese font) is left off the picture and
 * reported as a warning saying which font to install.
 */
public final class SocialCards {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final Color PAPER = Color.WHITE;
    private static final Color INK = new Color(0x1f2933);
    private static final Color SOFT_INK = new Color(0x52606d);
    private static final int MARGIN = 80;
    private static final int BAR = 24;

    private final Function<String, Optional<String>> fontFor;
    private final Locale locale;
    private final Color accent;

    /** @param locale the report's language: number formats and line breaking */
    public SocialCards(Locale locale, String accentHex) {
        this(locale, accentHex, new InstalledFonts()::familyFor);
    }

    /** @param fontFor the font family that can show every character of a text, if any */
    SocialCards(Locale locale, String accentHex, Function<String, Optional<String>> fontFor) {
        this.locale = locale;
        this.accent = readableOnWhite(Color.decode(accentHex));
        this.fontFor = fontFor;
    }

    /** One case study's picture, at {@code case-studies/<slug>/card.png}. */
    public SiteFile caseStudyCard(SiteConfig site, CaseStudy cs, Problems problems) {
        return SiteFile.of(Addresses.caseStudyCard(cs.slug()), caseStudy(site, cs, problems));
    }

    /** The report's picture, at {@code card.png}. */
    public SiteFile siteCard(SiteConfig site, String siteYaml, Problems problems) {
        return SiteFile.of(Addresses.siteCard(), site(site, siteYaml, problems));
    }

    /**
     * Everything a case study's picture is drawn from, as one text: the same text gives the same
     * picture (with the same plugin and fonts), so a picture can be kept between builds under it.
     */
    public String drawn(SiteConfig site, CaseStudy cs) {
        Optional<Headline> h = headline(site, cs);
        return String.join("\u0000", "case-study card", Integer.toHexString(accent.getRGB()), locale.toLanguageTag(),
                site.title(), cs.title(), String.valueOf(cs.organization()),
                h.map(Headline::number).orElse("-"), h.map(x -> String.valueOf(x.label())).orElse("-"));
    }

    byte[] caseStudy(SiteConfig site, CaseStudy cs, Problems problems) {
        Canvas c = new Canvas();
        List<String> missing = new ArrayList<>();
        int y = MARGIN;
        // the site's title is reported once, with the site's picture, at site.yaml
        y = c.lines(site.title(), 30, Font.PLAIN, SOFT_INK, y, 1, new ArrayList<>()) + 28;
        y = c.lines(cs.title(), 60, Font.BOLD, INK, y, 3, missing) + 16;
        if (cs.organization() != null) {
            c.lines(cs.organization(), 32, Font.PLAIN, SOFT_INK, y, 1, missing);
        }
        headline(site, cs).ifPresent(h -> {
            int base = HEIGHT - MARGIN;
            int numberWidth = c.line(h.number(), 104, Font.BOLD, accent, MARGIN, base, missing);
            if (h.label() != null) {
                c.lines(h.label(), 30, Font.PLAIN, INK, base - 70, MARGIN + numberWidth + 28, 2, missing);
            }
        });
        report(missing, cs.body().displayPath(), problems);
        return c.png();
    }

    byte[] site(SiteConfig site, String siteYaml, Problems problems) {
        Canvas c = new Canvas();
        List<String> missing = new ArrayList<>();
        int y = c.lines(site.title(), 68, Font.BOLD, INK, MARGIN + 60, 4, missing) + 24;
        if (site.organization() != null) {
            c.lines(site.organization(), 36, Font.PLAIN, SOFT_INK, y, 1, missing);
        }
        report(missing, siteYaml, problems);
        return c.png();
    }

    /** The hint of the warning about text no installed font can draw. */
    static final String MISSING_FONT_HINT = "install a font that covers the language, such as Noto Sans CJK for "
            + "Chinese, Japanese and Korean (Debian and Ubuntu: apt-get install fonts-noto-cjk; Windows and macOS have one), "
            + "then build again";

    private void report(List<String> missing, String file, Problems problems) {
        if (!missing.isEmpty()) {
            problems.add(new Problem(Severity.WARNING, new Location(file, 1, 1),
                    "no installed font can draw \"" + shorten(missing.get(0)) + "\", so the picture for social media leaves "
                            + (missing.size() == 1 ? "it" : missing.size() + " lines") + " out",
                    MISSING_FONT_HINT, Problem.Kind.MISSING_FONT));
        }
    }

    record Headline(String number, String label) {
    }

    /** The case study's first result named in {@code highlights}, else its first count that is a result. */
    Optional<Headline> headline(SiteConfig site, CaseStudy cs) {
        Optional<Metric> m = site.highlightIds().stream().flatMap(id -> cs.metric(id).stream())
                .filter(x -> !x.isContext()).findFirst();
        if (m.isEmpty()) {
            m = cs.metrics().stream().filter(x -> !x.isContext() && Units.isAdditive(x.unit())).findFirst();
        }
        NumberFormats numbers = new NumberFormats(locale);
        return m.map(metric -> {
            BigDecimal value = metric.latest();
            String sign = metric.qualifier() == null ? "" : symbol(metric.qualifier());
            return new Headline(sign + numbers.compact(value), metric.label());
        });
    }

    private static String symbol(Qualifier q) {
        return switch (q) {
            case MORE_THAN -> ">";
            case AT_LEAST -> "≥";
            case ABOUT, ALMOST -> "≈";
        };
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= 30 ? s : s.substring(0, s.offsetByCodePoints(0, 30)) + "…";
    }

    /** The darkest-needed shade of the accent that keeps 4.5:1 on white (large text needs 3:1). */
    static Color readableOnWhite(Color c) {
        Color d = c;
        while (Contrast.ratio(d, PAPER) < 4.5) {
            d = new Color((int) (d.getRed() * 0.9), (int) (d.getGreen() * 0.9), (int) (d.getBlue() * 0.9));
        }
        return d;
    }

    /**
     * Each thread draws its pictures on one image, cleared for each: a new image per picture
     * cost more than drawing it (fresh memory for every one). Text is drawn white on black, so a
     * pixel's grey is how much ink covers it; which ink is kept beside it, one byte per pixel.
     */
    private static final ThreadLocal<BufferedImage> IMAGES =
            ThreadLocal.withInitial(() -> new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY));
    private static final ThreadLocal<byte[]> INK_PLANES = ThreadLocal.withInitial(() -> new byte[WIDTH * HEIGHT]);

    /** One picture being drawn, from start to end on one thread. */
    private final class Canvas {
        final BufferedImage image = IMAGES.get();
        final byte[] coverage = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        final byte[] inkPlane = INK_PLANES.get();
        final List<Color> inks = List.of(INK, SOFT_INK, accent);
        final Graphics2D g = image.createGraphics();

        Canvas() {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Arrays.fill(coverage, (byte) 0);
            Arrays.fill(inkPlane, (byte) 0);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, BAR, HEIGHT);
            mark(new Rectangle(0, 0, BAR, HEIGHT), accent);
        }

        /** Says which ink covers a part of the picture (and a pixel around it, for antialiasing). */
        private void mark(Rectangle drawn, Color ink) {
            byte id = (byte) (inks.indexOf(ink) + 1);
            Rectangle r = drawn.getBounds();
            r.grow(1, 1);
            r = r.intersection(new Rectangle(0, 0, WIDTH, HEIGHT));
            for (int y = r.y; y < r.y + r.height; y++) {
                Arrays.fill(inkPlane, y * WIDTH + r.x, y * WIDTH + r.x + r.width, id);
            }
        }

        /** Draws one line of text with its baseline's start at (x, y). */
        private void draw(TextLayout layout, Color ink, float x, float y) {
            layout.draw(g, x, y);
            mark(layout.getPixelBounds(g.getFontRenderContext(), x, y), ink);
        }

        Optional<Font> font(String text, int size, int style, List<String> missing) {
            Optional<String> family = fontFor.apply(text);
            if (family.isEmpty()) {
                missing.add(text);
            }
            return family.map(f -> new Font(f, style, size));
        }

        /** One line at a baseline; the width drawn (0 when no font can draw it). */
        int line(String text, int size, int style, Color color, int x, int baseline, List<String> missing) {
            Optional<Font> font = font(text, size, style, missing);
            if (font.isEmpty()) {
                return 0;
            }
            TextLayout layout = new TextLayout(text, font.get(), g.getFontRenderContext());
            draw(layout, color, x, baseline);
            return (int) Math.ceil(layout.getAdvance());
        }

        int lines(String text, int size, int style, Color color, int top, int maxLines, List<String> missing) {
            return lines(text, size, style, color, top, MARGIN, maxLines, missing);
        }

        /**
         * Text wrapped to the width left of {@code x}, at most {@code maxLines} (the last ends
         * with an ellipsis when cut); returns the y below the last line ({@code top} when nothing
         * could be drawn).
         */
        int lines(String text, int size, int style, Color color, int top, int x, int maxLines, List<String> missing) {
            String t = text.strip().replaceAll("\\s+", " ");
            Optional<Font> font = font(t, size, style, missing);
            if (font.isEmpty() || t.isEmpty()) {
                return top;
            }
            float width = WIDTH - MARGIN - x;
            FontRenderContext frc = g.getFontRenderContext();
            List<TextLayout> layouts = wrap(t, font.get(), frc, width, maxLines);
            float y = top;
            for (TextLayout layout : layouts) {
                y += layout.getAscent();
                draw(layout, color, x, y);
                y += layout.getDescent() + layout.getLeading();
            }
            return (int) Math.ceil(y);
        }

        private List<TextLayout> wrap(String t, Font font, FontRenderContext frc, float width, int maxLines) {
            AttributedString as = new AttributedString(t);
            as.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer measurer = new LineBreakMeasurer(as.getIterator(), BreakIterator.getLineInstance(locale), frc);
            List<TextLayout> out = new ArrayList<>();
            int[] starts = new int[maxLines + 1];
            while (measurer.getPosition() < t.length() && out.size() < maxLines) {
                starts[out.size()] = measurer.getPosition();
                out.add(measurer.nextLayout(width));
            }
            if (measurer.getPosition() < t.length()) {
                int start = starts[out.size() - 1];
                String rest = t.substring(start);
                String cut = rest;
                while (!cut.isEmpty() && new TextLayout(cut + "…", font, frc).getAdvance() > width) {
                    cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)).stripTrailing();
                }
                out.set(out.size() - 1, new TextLayout(cut.isEmpty() ? "…" : cut + "…", font, frc));
            }
            return out;
        }

        byte[] png() {
            g.dispose();
            return PalettePng.write(WIDTH, HEIGHT, coverage, inkPlane, PAPER, inks);
        }
    }

    /** Which installed family can draw a text: the logical sans-serif first, then by name. */
    static final class InstalledFonts {
        private final ConcurrentHashMap<String, Optional<String>> cache = new ConcurrentHashMap<>();
        private volatile List<String> families;

        Optional<String> familyFor(String text) {
            return cache.computeIfAbsent(text, this::find);
        }

        private Optional<String> find(String text) {
            if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(text) < 0) {
                return Optional.of(Font.SANS_SERIF);
            }
            return families().stream().filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(text) < 0).findFirst();
        }

        private List<String> families() {
            if (families == null) {
                String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
                families = Arrays.stream(names).sorted().toList();
            }
            return families;
        }
    }
}
