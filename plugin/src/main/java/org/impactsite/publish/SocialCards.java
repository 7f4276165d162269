package org.impactsite.publish;

import java.awt.Color;
import java.awt.Font;
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
import java.text.CharacterIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


import org.impactsite.fonts.Typefaces;
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
 * <p>Text is drawn with the fonts shipped in the plugin ({@link Typefaces}), never the
 * machine's, so the pictures are the same everywhere: each character in the first bundled font
 * that has it. Characters none has (emoji, scripts the fonts lack) are left out and reported in
 * one warning per picture.
 */
public final class SocialCards {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final Color PAPER = Color.WHITE;
    private static final Color INK = new Color(0x1f2933);
    private static final Color SOFT_INK = new Color(0x52606d);
    private static final int MARGIN = 80;
    private static final int BAR = 24;

    private final Typefaces fonts = Typefaces.bundled();
    private final Locale locale;
    private final Color accent;

    /** @param locale the report's language: number formats and line breaking */
    public SocialCards(Locale locale, String accentHex) {
        this.locale = locale;
        this.accent = readableOnWhite(Color.decode(accentHex));
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

    private static void report(List<String> missing, String file, Problems problems) {
        if (!missing.isEmpty()) {
            String left = String.join("", missing);
            problems.add(new Problem(Severity.WARNING, new Location(file, 1, 1),
                    "the picture for social media leaves out \"" + shorten(left) + "\": no font shipped with the plugin has "
                            + (left.codePointCount(0, left.length()) == 1 ? "it" : "them"),
                    Typefaces.COVERAGE));
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

        /** The text in the bundled fonts at a size; characters none has are left out and noted in {@code missing}. */
        AttributedString styled(String text, int size, int style, List<String> missing) {
            StringBuilder lacking = new StringBuilder();
            List<Typefaces.Run> runs = fonts.runs(text, lacking);
            if (lacking.length() > 0) {
                missing.add(lacking.toString());
            }
            StringBuilder all = new StringBuilder();
            runs.forEach(r -> all.append(r.text()));
            AttributedString as = new AttributedString(all.toString());
            int at = 0;
            for (Typefaces.Run r : runs) {
                as.addAttribute(TextAttribute.FONT, r.face().font(style, size), at, at + r.text().length());
                at += r.text().length();
            }
            return as;
        }

        private static boolean isEmpty(AttributedString as) {
            var it = as.getIterator();
            return it.getEndIndex() == it.getBeginIndex();
        }

        /** One line at a baseline; the width drawn (0 when nothing could be drawn). */
        int line(String text, int size, int style, Color color, int x, int baseline, List<String> missing) {
            AttributedString as = styled(text, size, style, missing);
            if (isEmpty(as)) {
                return 0;
            }
            TextLayout layout = new TextLayout(as.getIterator(), g.getFontRenderContext());
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
            AttributedString as = styled(t, size, style, missing);
            if (isEmpty(as)) {
                return top;
            }
            float width = WIDTH - MARGIN - x;
            List<TextLayout> layouts = wrap(as, size, style, g.getFontRenderContext(), width, maxLines);
            float y = top;
            for (TextLayout layout : layouts) {
                y += layout.getAscent();
                draw(layout, color, x, y);
                y += layout.getDescent() + layout.getLeading();
            }
            return (int) Math.ceil(y);
        }

        private List<TextLayout> wrap(AttributedString as, int size, int style, FontRenderContext frc, float width,
                int maxLines) {
            var text = as.getIterator();
            int end = text.getEndIndex();
            LineBreakMeasurer measurer = new LineBreakMeasurer(text, BreakIterator.getLineInstance(locale), frc);
            List<TextLayout> out = new ArrayList<>();
            int[] starts = new int[maxLines + 1];
            while (measurer.getPosition() < end && out.size() < maxLines) {
                starts[out.size()] = measurer.getPosition();
                out.add(measurer.nextLayout(width));
            }
            if (measurer.getPosition() < end) {
                StringBuilder all = new StringBuilder();
                for (char ch = text.first(); ch != CharacterIterator.DONE; ch = text.next()) {
                    all.append(ch);
                }
                String cut = all.substring(starts[out.size() - 1]);
                while (!cut.isEmpty() && ellipsed(cut, size, style, frc).getAdvance() > width) {
                    cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)).stripTrailing();
                }
                out.set(out.size() - 1, ellipsed(cut, size, style, frc));
            }
            return out;
        }

        /** {@code cut} with an ellipsis after it (every character of it is in a bundled font). */
        private TextLayout ellipsed(String cut, int size, int style, FontRenderContext frc) {
            return new TextLayout(styled(cut + "…", size, style, new ArrayList<>()).getIterator(), frc);
        }

        byte[] png() {
            g.dispose();
            return PalettePng.write(WIDTH, HEIGHT, coverage, inkPlane, PAPER, inks);
        }
    }
}
