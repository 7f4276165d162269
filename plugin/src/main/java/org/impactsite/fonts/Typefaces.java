package org.impactsite.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fonts every picture and chart is drawn and measured with, shipped inside the plugin so
 * the output is the same on every machine whatever fonts it has installed: DejaVu Sans (Latin,
 * Greek, Cyrillic, Hebrew, Arabic and many symbols) first, then WenQuanYi Micro Hei (Chinese,
 * Japanese kana and Korean, with its own Latin). Both are TrueType files, so the coming PDF can
 * embed the same glyphs. Loaded once per plugin; immutable.
 */
public final class Typefaces {

    /** One family: its regular face and its bold one (the regular, made bold in drawing, when it has none). */
    public record Face(String family, Font regular, Font bold) {

        public Face {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(regular, "regular");
            Objects.requireNonNull(bold, "bold");
        }

        /** The face at a size; {@code style} is {@link Font#PLAIN} or {@link Font#BOLD}. */
        public Font font(int style, float size) {
            // marked bold either way: the SVG writer says font-weight from the style
            return (style & Font.BOLD) != 0 ? bold.deriveFont(Font.BOLD, size) : regular.deriveFont(Font.PLAIN, size);
        }

        /** Whether this face has a glyph for the character (characters that draw nothing always count). */
        public boolean draws(int codePoint) {
            return drawsNothing(codePoint) || regular.canDisplay(codePoint);
        }
    }

    /** What the warning about characters no bundled font has tells the user. */
    public static final String COVERAGE = "the fonts shipped with the plugin (DejaVu Sans, WenQuanYi Micro Hei) draw "
            + "Latin, Greek, Cyrillic, Hebrew, Arabic, Chinese, Japanese and Korean text; emoji and other scripts are left "
            + "off pictures (the pages show them with the reader's fonts)";

    private static final String FOLDER = "/org/impactsite/fonts/";

    private static volatile Typefaces bundled;

    private final List<Face> faces;

    private Typefaces(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /** The plugin's own fonts. */
    public static Typefaces bundled() {
        Typefaces t = bundled;
        if (t == null) {
            synchronized (Typefaces.class) {
                t = bundled;
                if (t == null) {
                    Font wqy = read("wqy-microhei.ttc");
                    t = new Typefaces(List.of(
                            new Face("DejaVu Sans", read("DejaVuSans.ttf"), read("DejaVuSans-Bold.ttf")),
                            new Face("WenQuanYi Micro Hei", wqy, wqy)));
                    bundled = t;
                }
            }
        }
        return t;
    }

    /**
     * A font file shipped with the plugin, as a PDF embeds it.
     *
     * @param family the family name pages ask for
     * @param bold   whether this file is the family's bold face
     * @param file   the file's name in the plugin's font folder; a {@code .ttc} is a collection
     */
    public record FontFile(String family, boolean bold, String file) {

        /** The file's bytes, read from the plugin's jar (once per plugin: they are kept). */
        public byte[] bytes() {
            return FILE_BYTES.computeIfAbsent(file, Typefaces::readBytes);
        }

        public boolean collection() {
            return file.endsWith(".ttc");
        }
    }

    private static final java.util.Map<String, byte[]> FILE_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The files of the faces, in the order they are tried: what a PDF embeds (subset) to draw the same glyphs. */
    public static List<FontFile> files() {
        return List.of(new FontFile("DejaVu Sans", false, "DejaVuSans.ttf"), new FontFile("DejaVu Sans", true, "DejaVuSans-Bold.ttf"),
                new FontFile("WenQuanYi Micro Hei", false, "wqy-microhei.ttc"));
    }

    private static byte[] readBytes(String file) {
        try (InputStream in = Typefaces.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's font " + file + " is missing from its jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The families, in the order they are tried. */
    public List<Face> faces() {
        return faces;
    }

    /**
     * The one face to set a group of texts in (a chart's labels): the first that draws every
     * character of all of them, else the one that draws the most.
     */
    public Face faceFor(Collection<String> texts) {
        Face best = faces.get(0);
        long bestMissing = Long.MAX_VALUE;
        for (Face f : faces) {
            long missing = texts.stream().filter(Objects::nonNull)
                    .mapToLong(t -> t.codePoints().filter(c -> !f.draws(c)).count()).sum();
            if (missing < bestMissing) {
                best = f;
                bestMissing = missing;
            }
            if (missing == 0) {
                break;
            }
        }
        return best;
    }

    /** The face for one character: the first that has it, or none. */
    public Optional<Face> faceFor(int codePoint) {
        return faces.stream().filter(f -> f.draws(codePoint)).findFirst();
    }

    /**
     * A text cut into runs of one face each, every character in the first face that has it
     * (Latin in DejaVu Sans, Chinese in WenQuanYi Micro Hei; a space stays in the run it is in).
     * Characters no face has are left out and returned in {@code missing}; their places are
     * not kept.
     */
    public List<Run> runs(String text, StringBuilder missing) {
        List<Run> runs = new ArrayList<>();
        Face current = null;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Face f = current != null && drawsNothing(c) ? current : faceFor(c).orElse(null);
            if (f == null) {
                missing.appendCodePoint(c);
                continue;
            }
            if (f != current && part.length() > 0) {
                runs.add(new Run(part.toString(), current));
                part.setLength(0);
            }
            current = f;
            part.appendCodePoint(c);
        }
        if (part.length() > 0) {
            runs.add(new Run(part.toString(), current));
        }
        return runs;
    }

    /** Part of a text set in one face. */
    public record Run(String text, Face face) {
    }

    /** Spaces, joiners, direction marks and variation selectors: nothing to draw, nothing missing. */
    static boolean drawsNothing(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.NON_SPACING_MARK && c >= 0xFE00 && c <= 0xFE0F
                || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static Font read(String file) {
        try (InputStream in = Typefaces.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's font " + file + " is missing from its jar");
            }
            Font[] fonts = file.endsWith(".ttc") ? Font.createFonts(in) : new Font[] {Font.createFont(Font.TRUETYPE_FONT, in)};
            return fonts[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the plugin's font " + file + " cannot be read", e);
        }
    }
}
