package org.impactsite.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.impactsite.problem.Problems;
import org.impactsite.problem.Location;

/**
 * Reads users' text files safely: a size limit, strict UTF-8 (a bad byte is reported at its line
 * and column), a byte order mark dropped, CRLF and CR line endings turned into LF.
 */
final class TextFiles {

    /** The largest text file read: 1 MiB. */
    static final long MAX_BYTES = 1024 * 1024;

    private final ProjectPaths paths;

    TextFiles(ProjectPaths paths) {
        this.paths = paths;
    }

    /**
     * The file's text, or empty when it cannot be used (the reason is in {@code problems}).
     *
     * @throws IOException when the disk fails or the file cannot be opened
     */
    Optional<SourceText> read(Path file, Problems problems) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        String shown = paths.display(f);
        if (Files.isDirectory(f)) {
            problems.error(new Location(shown, 1, 1), "this is a folder, where a file is expected",
                    "put the file here instead of the folder, or correct the name that points to it");
            return Optional.empty();
        }
        long size = Files.size(f);
        if (size > MAX_BYTES) {
            boolean csv = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
            problems.error(new Location(shown, 1, 1),
                    "this file is " + megabytes(size) + "; files larger than 1 MB are not read",
                    csv ? "a chart cannot show that many points: keep one value per week or month, or split the series into several files"
                            : "keep text files small: put long data series in a CSV file of their own, images in assets/");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(f);
        int start = hasBom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            reportBadByte(out.toString(), bytes[in.position()], new SourceText(f, shown, ""), problems);
            return Optional.empty();
        }
        out.flip();
        return Optional.of(new SourceText(f, shown, normaliseLineEndings(out.toString())));
    }

    /** The largest table a platform exports that is read: 8 MiB (a year of daily rows is a few kilobytes). */
    static final long MAX_TABLE_BYTES = 8 * 1024 * 1024;

    /**
     * A table a platform exported, in whatever encoding it was written: UTF-8 with or without a
     * byte order mark, UTF-16 with its mark (Excel's "Unicode text"), else GB18030 (which holds
     * GBK, what Chinese platforms and Excel in China write). Empty when it is none of these or
     * too large (the reason is in {@code problems}).
     */
    Optional<SourceText> readTable(Path file, Problems problems) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        String shown = paths.display(f);
        if (Files.isDirectory(f)) {
            problems.error(new Location(shown, 1, 1), "this is a folder, where a table file is expected",
                    "name the file the platform exported, such as overview.csv");
            return Optional.empty();
        }
        long size = Files.size(f);
        if (size > MAX_TABLE_BYTES) {
            problems.error(new Location(shown, 1, 1), "this file is " + megabytes(size) + "; tables larger than 8 MB are not read",
                    "export a shorter period, or one row per day rather than per post");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(f);
        String text = null;
        if (hasBom(bytes)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            text = strict(bytes, 0, StandardCharsets.UTF_8);
            if (text == null) {
                text = strict(bytes, 0, java.nio.charset.Charset.forName("GB18030"));
            }
        }
        if (text == null) {
            problems.error(new Location(shown, 1, 1), "this table is not text in UTF-8, UTF-16 or GB18030",
                    "export it again as CSV (UTF-8), or open it in a spreadsheet and save it as \"CSV UTF-8\"");
            return Optional.empty();
        }
        return Optional.of(new SourceText(f, shown, normaliseLineEndings(text)));
    }

    /** The bytes from {@code start} decoded in {@code charset}, or null when they are not text in it. */
    private static String strict(byte[] bytes, int start, java.nio.charset.Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void reportBadByte(String before, byte bad, SourceText file, Problems problems) {
        String text = normaliseLineEndings(before);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, text.length()) + 1;
        problems.error(file.at(line, column),
                String.format(Locale.ROOT, "the file is not UTF-8 text: byte 0x%02X cannot be read here", bad & 0xff),
                "save the file with the UTF-8 encoding (in most editors: Save as, then Encoding: UTF-8)");
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
