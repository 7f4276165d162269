package org.impactsite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PalettePngTest {

    static final List<Color> INKS = List.of(new Color(0x1f2933), new Color(0x52606d), new Color(0xb0306a));

    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        for (int i = 0; i < INKS.size(); i++) {
            g.setColor(INKS.get(i));
            g.setFont(new Font(Font.SANS_SERIF, i == 0 ? Font.BOLD : Font.PLAIN, 20 + 14 * i));
            g.drawString("Views 1,000,000 ≈ 1M ~ " + i, 10, 50 + 60 * i);
        }
        g.fillRect(0, 0, 8, 200);
        g.dispose();
        return image;
    }

    @Test
    void anAntialiasedPictureComesBackAsAPaletteImageThatLooksTheSame() throws IOException {
        BufferedImage original = picture();
        byte[] png = PalettePng.write(original, Color.WHITE, INKS);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(((IndexColorModel) back.getColorModel()).getMapSize()).isLessThanOrEqualTo(256);
        int worst = 0;
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                int a = original.getRGB(x, y);
                int b = back.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                }
            }
        }
        assertThat(worst).as("largest change of a colour channel").isLessThanOrEqualTo(8);
        assertThat(PalettePng.write(picture(), Color.WHITE, INKS)).isEqualTo(png);
    }

    @Test
    void picturesOfOtherSizesInBetweenDoNotChangeAPicturesBytes() throws IOException {
        byte[] first = PalettePng.write(picture(), Color.WHITE, INKS);
        BufferedImage other = new BufferedImage(37, 5, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = other.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 37, 5);
        g.dispose();
        other.setRGB(3, 2, 0x1f2933);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(PalettePng.write(other, Color.WHITE, INKS)));
        assertThat(small.getWidth()).isEqualTo(37);
        assertThat(small.getRGB(3, 2) & 0xffffff).isEqualTo(0x1f2933);
        assertThat(small.getRGB(3, 3) & 0xffffff).isEqualTo(0xffffff);
        assertThat(small.getRGB(3, 1) & 0xffffff).isEqualTo(0xffffff);
        assertThat(PalettePng.write(picture(), Color.WHITE, INKS)).isEqualTo(first);
    }

    @Test
    void thePaletteHoldsTheBackgroundEachInkAndItsBlends() {
        int[] palette = PalettePng.palette(0xffffff, INKS);
        assertThat(palette[0]).isEqualTo(0xffffff);
        assertThat(palette).contains(0x1f2933, 0x52606d, 0xb0306a);
        assertThat(palette.length).isLessThanOrEqualTo(1 + 3 * PalettePng.LEVELS);
    }
}
