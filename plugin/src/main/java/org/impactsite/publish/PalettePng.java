package org.impactsite.publish;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A PNG writer for pictures made of a few colours drawn on one background, as the social
 * pictures are: text in a handful of inks, antialiased. The picture comes as two planes of one
 * byte per pixel: how much ink covers the pixel (0 to 255, as Java2D's antialiasing gives it when
 * drawing white on black) and which ink it is. It writes an indexed (palette) PNG, one byte per
 * pixel instead of three, which is several times quicker to compress than the JDK's true-colour
 * writer and smaller. The palette holds the background, each ink, and 63 blends of each ink with
 * the background (steps of 1.6%, below what an eye can tell apart); a pixel's entry is read from a
 * table by its ink and coverage, with no colour matching. Same picture, same bytes.
 */
final class PalettePng {

    static final int LEVELS = 63;

    /** Each thread's rows before compression, kept for its next picture of the same size. */
    private static final ThreadLocal<byte[]> RAW = ThreadLocal.withInitial(() -> new byte[0]);

    /** Each thread's last palette and its table, kept while the colours stay the same (one build's pictures share them). */
    private static final ThreadLocal<Palette> PALETTE = new ThreadLocal<>();

    private PalettePng() {
    }

    /**
     * The colours and, at {@code ink << 8 | coverage} (ink 1 = the first), the palette entry.
     * Ink 0 (a pixel no ink was said to cover) and inks beyond the last are read as the first ink.
     */
    record Palette(int paper, List<Color> inks, int[] colours, byte[] entry) {

        static Palette of(Color paper, List<Color> inks) {
            int rgb = paper.getRGB() & 0xffffff;
            Palette p = PALETTE.get();
            if (p == null || p.paper != rgb || !p.inks.equals(inks)) {
                p = make(rgb, List.copyOf(inks));
                PALETTE.set(p);
            }
            return p;
        }

        private static Palette make(int paper, List<Color> inks) {
            int[] colours = palette(paper, inks);
            List<Integer> list = java.util.Arrays.stream(colours).boxed().toList();
            byte[] entry = new byte[4 << 8];
            for (int ink = 0; ink < 4; ink++) {
                int c = inks.get(ink == 0 || ink > inks.size() ? 0 : ink - 1).getRGB() & 0xffffff;
                for (int coverage = 1; coverage < 256; coverage++) {
                    int level = Math.round(coverage * LEVELS / 255f);
                    entry[ink << 8 | coverage] = (byte) (level == 0 ? 0 : list.indexOf(mix(paper, c, level / (double) LEVELS)));
                }
            }
            return new Palette(paper, inks, colours, entry);
        }
    }

    /**
     * @param w        width in pixels
     * @param h        height in pixels
     * @param coverage for each pixel, row by row, how much ink covers it (0: the background)
     * @param ink      for each pixel, which ink: 1 for the first of {@code inks}
     * @param paper    the background colour
     * @param inks     the colours drawn on it (at most 3)
     */
    static byte[] write(int w, int h, byte[] coverage, byte[] ink, Color paper, List<Color> inks) {
        if (inks.isEmpty() || inks.size() > 3 || coverage.length < w * h || ink.length < w * h) {
            throw new IllegalArgumentException("a picture of " + w + " x " + h + " pixels in 1 to 3 inks");
        }
        Palette palette = Palette.of(paper, inks);
        byte[] entry = palette.entry();
        byte[] raw = RAW.get();
        if (raw.length != h * (w + 1)) {
            raw = new byte[h * (w + 1)];
            RAW.set(raw);
        }
        boolean[] repeats = new boolean[h];
        int o = 0;
        for (int y = 0; y < h; y++) {
            raw[o++] = 0; // filter: none
            int row = y * w;
            // most rows (the margins, between lines of text) repeat the row above: compared at once
            if (y > 0 && java.util.Arrays.mismatch(coverage, row - w, row, coverage, row, row + w) < 0
                    && java.util.Arrays.mismatch(ink, row - w, row, ink, row, row + w) < 0) {
                System.arraycopy(raw, o - (w + 1), raw, o, w);
                o += w;
                repeats[y] = true;
                continue;
            }
            for (int i = row, end = row + w; i < end; i++) {
                raw[o++] = entry[(ink[i] & 3) << 8 | (coverage[i] & 0xff)];
            }
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream hd = new DataOutputStream(header);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.write(new byte[] {8, 3, 0, 0, 0}); // 8 bits, palette, deflate, no filter method, no interlace
            chunk(out, "IHDR", header.toByteArray());
            int[] colours = palette.colours();
            byte[] plte = new byte[colours.length * 3];
            for (int i = 0; i < colours.length; i++) {
                plte[3 * i] = (byte) (colours[i] >> 16);
                plte[3 * i + 1] = (byte) (colours[i] >> 8);
                plte[3 * i + 2] = (byte) colours[i];
            }
            chunk(out, "PLTE", plte);
            chunk(out, "IDAT", RowDeflate.zlib(raw, w + 1, h, repeats));
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The background, then for each ink its blends with the background, the ink itself last. */
    static int[] palette(int paper, List<Color> inks) {
        List<Integer> colours = new ArrayList<>();
        colours.add(paper);
        for (Color ink : inks) {
            int c = ink.getRGB() & 0xffffff;
            for (int level = 1; level <= LEVELS; level++) {
                int blend = mix(paper, c, level / (double) LEVELS);
                if (!colours.contains(blend)) {
                    colours.add(blend);
                }
            }
        }
        return colours.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int mix(int a, int b, double amount) {
        int r = (int) Math.round(((a >> 16) & 0xff) + (((b >> 16) & 0xff) - ((a >> 16) & 0xff)) * amount);
        int g = (int) Math.round(((a >> 8) & 0xff) + (((b >> 8) & 0xff) - ((a >> 8) & 0xff)) * amount);
        int bl = (int) Math.round((a & 0xff) + ((b & 0xff) - (a & 0xff)) * amount);
        return (r << 16) | (g << 8) | bl;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
