package org.impactsite.publish;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * A zlib stream (RFC 1950, deflate RFC 1951) of a picture's rows, where a run of rows that each
 * repeat the row above is written as copies of that row instead of being compressed: zlib would
 * find the same copies, but only after reading every byte of them, and most rows of a social
 * picture are such runs (its margins and the space between lines). The other rows go through
 * zlib (level 3), which is given the row above them as its dictionary so that they may refer
 * to it. The stream's checksum is made of each part's, so the copied rows are not read either.
 * Same rows, same bytes.
 */
final class RowDeflate {

    /** Shorter runs of repeated rows are left to zlib: each run ends a zlib block. */
    static final int LEAST_RUN = 8;

    private static final int LEVEL = 3;

    /** Each thread's compressor, reset for each part (making one allocates some 300 KB). */
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));

    private RowDeflate() {
    }

    /**
     * @param raw     the rows, one after another, each {@code rowLength} bytes
     * @param rows    how many
     * @param repeats for each row, whether it is the same as the row above
     */
    static byte[] zlib(byte[] raw, int rowLength, int rows, boolean[] repeats) {
        Out out = new Out(raw.length / 24);
        out.bytes.write(0x78); // deflate with a 32 KB window
        out.bytes.write(0x5e); // compressed quickly; (0x78 << 8 | 0x5e) is a multiple of 31
        // copies reach one row back, which deflate allows up to 32 KB, and are at least 3 bytes long
        boolean copies = rowLength >= 3 && rowLength <= 32_768;
        long adler = 1;
        int y = 0;
        while (y < rows) {
            int end = y + 1;
            while (end < rows && !(copies && runAt(repeats, end, rows))) {
                end++;
            }
            adler = compress(raw, y * rowLength, (end - y) * rowLength, rowLength, end == rows, out, adler);
            y = end;
            if (y < rows) {
                while (end < rows && repeats[end]) {
                    end++;
                }
                adler = copy(raw, rowLength, y, end - y, end == rows, out, adler);
                y = end;
            }
        }
        out.flushBits();
        out.bytes.write((int) (adler >>> 24));
        out.bytes.write((int) (adler >>> 16));
        out.bytes.write((int) (adler >>> 8));
        out.bytes.write((int) adler);
        return out.bytes.toByteArray();
    }

    /** Whether a run of at least {@link #LEAST_RUN} repeated rows (or one that ends the picture) starts at {@code y}. */
    private static boolean runAt(boolean[] repeats, int y, int rows) {
        int end = Math.min(rows, y + LEAST_RUN);
        for (int i = y; i < end; i++) {
            if (!repeats[i]) {
                return false;
            }
        }
        return true;
    }

    /** Rows through zlib, which may refer to the row above the first (when there is one). */
    private static long compress(byte[] raw, int offset, int length, int rowLength, boolean last, Out out, long adler) {
        Deflater d = DEFLATER.get();
        d.reset();
        int rowAbove = Math.min(offset, Math.min(rowLength, 32_768));
        if (rowAbove > 0) {
            d.setDictionary(raw, offset - rowAbove, rowAbove);
        }
        d.setInput(raw, offset, length);
        byte[] buffer = out.buffer;
        if (last) {
            d.finish();
            while (!d.finished()) {
                out.bytes.write(buffer, 0, d.deflate(buffer));
            }
        } else {
            int n;
            do {
                // ends on a byte boundary, the stream not finished
                n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.bytes.write(buffer, 0, n);
            } while (n == buffer.length);
        }
        Adler32 sum = new Adler32();
        sum.update(raw, offset, length);
        return combine(adler, sum.getValue(), length);
    }

    /** {@code count} rows that each repeat row {@code first - 1}, as copies of it in one block of fixed codes. */
    private static long copy(byte[] raw, int rowLength, int first, int count, boolean last, Out out, long adler) {
        out.bits(last ? 1 : 0, 1); // BFINAL
        out.bits(1, 2); // fixed Huffman codes
        long left = (long) rowLength * count;
        while (left > 0) {
            int length = (int) Math.min(left, 258);
            if (left - length > 0 && left - length < 3) {
                length = (int) (left - 3); // leave a copy of at least 3
            }
            out.length(length);
            out.distance(rowLength);
            left -= length;
        }
        out.code(0, 7); // end of block (256)
        if (!last) {
            out.bits(0, 3); // an empty stored block, to end on a byte boundary as zlib's parts begin
            out.flushBits();
            out.bytes.write(0);
            out.bytes.write(0);
            out.bytes.write(0xff);
            out.bytes.write(0xff);
        }
        Adler32 row = new Adler32();
        row.update(raw, (first - 1) * rowLength, rowLength);
        long one = row.getValue();
        for (int i = 0; i < count; i++) {
            adler = combine(adler, one, rowLength);
        }
        return adler;
    }

    private static final int BASE = 65521;

    /** The Adler-32 of two pieces one after the other, from each piece's and the second's length (as zlib's adler32_combine). */
    static long combine(long first, long second, long secondLength) {
        long rem = secondLength % BASE;
        long sum1 = first & 0xffff;
        long sum2 = rem * sum1 % BASE;
        sum1 += (second & 0xffff) + BASE - 1;
        sum2 += ((first >> 16) & 0xffff) + ((second >> 16) & 0xffff) + BASE - rem;
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum2 >= 2L * BASE) {
            sum2 -= 2L * BASE;
        }
        if (sum2 >= BASE) {
            sum2 -= BASE;
        }
        return sum1 | (sum2 << 16);
    }

    /** Bytes, and bits written least significant first into them, as deflate packs them. */
    private static final class Out {
        final ByteArrayOutputStream bytes;
        final byte[] buffer = new byte[16 * 1024];
        private int pending;
        private int count;

        Out(int size) {
            bytes = new ByteArrayOutputStream(size);
        }

        void bits(int value, int n) {
            pending |= value << count;
            count += n;
            while (count >= 8) {
                bytes.write(pending & 0xff);
                pending >>>= 8;
                count -= 8;
            }
        }

        /** A Huffman code: its bits go most significant first. */
        void code(int code, int n) {
            bits(Integer.reverse(code) >>> (32 - n), n);
        }

        void flushBits() {
            if (count > 0) {
                bytes.write(pending & 0xff);
            }
            pending = 0;
            count = 0;
        }

        private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
            59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
            4, 5, 5, 5, 5, 0};
        private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
            513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};

        /** A copy's length (3 to 258): symbol 257 + i in the fixed code, then its extra bits. */
        void length(int length) {
            int i = LENGTH_BASE.length - 1;
            while (LENGTH_BASE[i] > length) {
                i--;
            }
            int symbol = 257 + i;
            if (symbol <= 279) {
                code(symbol - 256, 7);
            } else {
                code(0xc0 + symbol - 280, 8);
            }
            bits(length - LENGTH_BASE[i], LENGTH_EXTRA[i]);
        }

        /** A copy's distance (1 to 32,768): a 5-bit code, then (code / 2 - 1) extra bits from code 4 on. */
        void distance(int distance) {
            int i = DISTANCE_BASE.length - 1;
            while (DISTANCE_BASE[i] > distance) {
                i--;
            }
            code(i, 5);
            bits(distance - DISTANCE_BASE[i], i < 4 ? 0 : i / 2 - 1);
        }
    }
}
