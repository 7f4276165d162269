package org.impactsite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;

class RowDeflateTest {

    /** Rows of mostly background with some ink; a row repeats the one above where {@code repeats} says so. */
    static byte[] rows(int rowLength, boolean[] repeats, long seed) {
        Random random = new Random(seed);
        byte[] raw = new byte[rowLength * repeats.length];
        for (int y = 0; y < repeats.length; y++) {
            if (repeats[y]) {
                System.arraycopy(raw, (y - 1) * rowLength, raw, y * rowLength, rowLength);
            } else {
                for (int x = 0; x < rowLength; x++) {
                    raw[y * rowLength + x] = (byte) (random.nextInt(10) < 8 ? 0 : random.nextInt(190));
                }
            }
        }
        return raw;
    }

    /** Inflates a zlib stream; Java's inflater checks the Adler-32 at its end. */
    static byte[] inflate(byte[] zlib, int size) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        byte[] out = new byte[size + 16];
        int n = inflater.inflate(out);
        assertThat(inflater.finished()).as("the stream ends").isTrue();
        assertThat(inflater.getRemaining()).as("nothing after the checksum").isZero();
        inflater.end();
        return Arrays.copyOf(out, n);
    }

    static boolean[] pattern(int rows, String runs) {
        // runs: "d5 r20 d3 r2 ..." = 5 rows that differ, then 20 that repeat, ...
        boolean[] repeats = new boolean[rows];
        int y = 0;
        for (String part : runs.split(" ")) {
            int n = Integer.parseInt(part.substring(1));
            for (int i = 0; i < n; i++, y++) {
                repeats[y] = part.charAt(0) == 'r';
            }
        }
        assertThat(y).isEqualTo(rows);
        return repeats;
    }

    @Test
    void everyMixOfRepeatedAndNewRowsInflatesBackToTheSameBytes() throws DataFormatException {
        String[] mixes = {
            "d1", "d1 r1", "d1 r60", "d3 r7 d2", "d2 r8 d2", "d2 r30 d1 r30", "d10 r100 d5 r3 d4 r50",
            "d1 r8", "d1 r9 d1 r9 d1 r9", "d40",
        };
        for (String mix : mixes) {
            int rows = Arrays.stream(mix.split(" ")).mapToInt(p -> Integer.parseInt(p.substring(1))).sum();
            for (int rowLength : new int[] {1, 2, 3, 37, 1201, 40_000}) {
                boolean[] repeats = pattern(rows, mix);
                byte[] raw = rows(rowLength, repeats, rows * 31L + rowLength);
                byte[] zlib = RowDeflate.zlib(raw, rowLength, rows, repeats);
                assertThat(inflate(zlib, raw.length)).as(mix + ", rows of " + rowLength).isEqualTo(raw);
                assertThat(RowDeflate.zlib(raw, rowLength, rows, repeats)).as("same rows, same bytes").isEqualTo(zlib);
            }
        }
    }

    @Test
    void aPictureOfMarginsAndLinesOfTextIsAsSmallAsZlibMakesIt() throws DataFormatException {
        boolean[] repeats = pattern(630, "d1 r60 d40 r20 d40 r20 d40 r30 d35 r90 d100 r154");
        byte[] raw = rows(1201, repeats, 7);
        byte[] ours = RowDeflate.zlib(raw, 1201, 630, repeats);
        Deflater deflater = new Deflater(3);
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length];
        int zlibSize = 0;
        while (!deflater.finished()) {
            zlibSize += deflater.deflate(buffer, zlibSize, buffer.length - zlibSize);
        }
        deflater.end();
        assertThat(inflate(ours, raw.length)).isEqualTo(raw);
        assertThat((double) ours.length).isLessThan(zlibSize * 1.05);
    }

    @Test
    void theChecksumOfTwoPiecesIsTheChecksumOfTheWhole() {
        byte[] bytes = new byte[300_000];
        new Random(3).nextBytes(bytes);
        for (int cut : new int[] {0, 1, 5_552, 65_521, 65_522, 299_999, 300_000}) {
            Adler32 first = new Adler32();
            first.update(bytes, 0, cut);
            Adler32 second = new Adler32();
            second.update(bytes, cut, bytes.length - cut);
            Adler32 whole = new Adler32();
            whole.update(bytes);
            assertThat(RowDeflate.combine(first.getValue(), second.getValue(), bytes.length - cut))
                    .as("cut at " + cut).isEqualTo(whole.getValue());
        }
    }
}
