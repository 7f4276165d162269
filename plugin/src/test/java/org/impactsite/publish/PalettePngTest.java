package org.impactsite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PalettePngTest {

    static final List<Color> INKS = List.of(new Color(0x1f2933), new Color(0x52606d), new Color(0xb0306a));

    /** Text in each ink and a bar in the last, as Java2D draws it in colour on white. */
    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        draw(g, INKS);
        g.dispose();
        return image;
    }

    private static void draw(Graphics2D g, List<Color> colours) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < colours.size(); i++) {
            g.setColor(colours.get(i));
            g.setFont(new Font(Font.SANS_SERIF, i == 0 ? Font.BOLD : Font.PLAIN, 20 + 14 * i));
            g.drawString("Views 1,000,000 ≈ 1M ~ " + i, 10, 50 + 60 * i);
        }
        g.fillRect(0, 0, 8, 200);
    }

    /** The same picture as two planes: coverage (drawn white on black) and which ink, by the rows each ink was drawn in. */
    static byte[] png() {
        BufferedImage grey = new BufferedImage(600, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        draw(g, java.util.Collections.nCopies(INKS.size(), Color.WHITE));
        g.dispose();
        byte[] ink = new byte[600 * 200];
        for (int y = 0; y < 200; y++) {
            // the three lines of text (baselines 50, 110, 170) are apart at rows 65 and 121; the bar (the last ink) is columns 0..7
            for (int x = 0; x < 600; x++) {
                int i = x < 8 ? 2 : y < 65 ? 0 : y < 121 ? 1 : 2;
                ink[y * 600 + x] = (byte) (i + 1);
            }
        }
        return PalettePng.write(600, 200, ((DataBufferByte) grey.getRaster().getDataBuffer()).getData(), ink,
                Color.WHITE, INKS);
    }

    @Test
    void anAntialiasedPictureComesBackAsAPaletteImageThatLooksAsJava2dDrawsItInColour() throws IOException {
        BufferedImage original = picture();
        byte[] png = png();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(((IndexColorModel) back.getColorModel()).getMapSize()).isLessThanOrEqualTo(256);
        int worst = 0;
        long inked = 0;
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                int a = original.getRGB(x, y);
                int b = back.getRGB(x, y);
                inked += (a & 0xffffff) == 0xffffff ? 0 : 1;
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                }
            }
        }
        assertThat(inked).as("pixels with ink").isGreaterThan(5_000);
        assertThat(worst).as("largest change of a colour channel").isLessThanOrEqualTo(8);
        assertThat(png()).isEqualTo(png);
    }

    @Test
    void picturesOfOtherSizesAndColoursInBetweenDoNotChangeAPicturesBytes() throws IOException {
        byte[] first = png();
        byte[] coverage = new byte[37 * 5];
        byte[] ink = new byte[37 * 5];
        coverage[2 * 37 + 3] = (byte) 255;
        ink[2 * 37 + 3] = 1;
        coverage[4 * 37 + 3] = (byte) 255;
        ink[4 * 37 + 3] = 2;
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(PalettePng.write(37, 5, coverage, ink, Color.BLACK,
                List.of(new Color(0xff0000), new Color(0x00ff00)))));
        assertThat(small.getWidth()).isEqualTo(37);
        assertThat(small.getRGB(3, 2) & 0xffffff).isEqualTo(0xff0000);
        assertThat(small.getRGB(3, 4) & 0xffffff).isEqualTo(0x00ff00);
        assertThat(small.getRGB(3, 3) & 0xffffff).isEqualTo(0);
        assertThat(small.getRGB(3, 1) & 0xffffff).isEqualTo(0);
        assertThat(png()).isEqualTo(first);
    }

    @Test
    void thePaletteHoldsTheBackgroundEachInkAndItsBlends() {
        int[] palette = PalettePng.palette(0xffffff, INKS);
        assertThat(palette[0]).isEqualTo(0xffffff);
        assertThat(palette).contains(0x1f2933, 0x52606d, 0xb0306a);
        assertThat(palette.length).isLessThanOrEqualTo(1 + 3 * PalettePng.LEVELS);
    }
}
