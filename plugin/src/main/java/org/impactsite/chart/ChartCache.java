package org.impactsite.chart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartType;
import org.impactsite.reuse.KeptFolder;
import org.impactsite.reuse.KeptValues;

/**
 * A case study's charts kept between builds (beside the report, {@code target/.impact-site.charts},
 * or in the machine's shared cache),
 * named by a SHA-256 digest of the plugin's version, the language, the accent colour and the
 * whole case study (its text form: every field, the story included). New charts are written to
 * the build's spill folder as they are drawn and kept only once the report is written.
 */
public final class ChartCache {

    private static final int FORMAT = 2;

    private final KeptValues<List<RenderedChart>> kept;
    private final String code;

    /**
     * @param folder where the charts are kept (its kind: {@code charts})
     * @param code   a digest of the plugin's version
     * @param spill  writes bytes to the build's spill folder and says where
     */
    public static ChartCache in(KeptFolder folder, String code, Function<byte[], Path> spill) {
        return new ChartCache(KeptValues.in(folder, spill, ChartCache::write, ChartCache::read), code);
    }

    private ChartCache(KeptValues<List<RenderedChart>> kept, String code) {
        this.kept = kept;
        this.code = code;
    }

    /** The case study's charts: the kept ones when nothing they are made from changed, else drawn (and kept). */
    public List<RenderedChart> forCaseStudy(ChartMaker maker, CaseStudy cs, Locale locale, String accent) {
        return kept.get(KeptFolder.name(".charts", code, locale.toLanguageTag(), String.valueOf(accent),
                new TreeMap<>(maker.words()).toString(), ChartMaker.madeFrom(cs).toString()),
                () -> new KeptValues.Made<>(maker.forCaseStudy(cs), true));
    }

    /** After the report was written: keeps the charts this build drew; whether it drew any to keep. */
    public boolean update(Path output) throws IOException {
        return kept.update(output);
    }

    static byte[] write(List<RenderedChart> charts) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(FORMAT);
            out.writeInt(charts.size());
            for (RenderedChart c : charts) {
                text(out, c.id());
                text(out, c.type().name());
                text(out, c.title());
                text(out, c.svg());
                text(out, c.description());
                text(out, c.table().caption());
                texts(out, c.table().headers());
                out.writeInt(c.table().rows().size());
                for (List<String> row : c.table().rows()) {
                    texts(out, row);
                }
                texts(out, c.notes());
                text(out, c.narrowSvg());
                text(out, c.subtitle());
                text(out, c.source());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RenderedChart> read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != FORMAT) {
            throw new IOException("another format");
        }
        int count = in.readInt();
        List<RenderedChart> charts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = text(in);
            ChartType type = ChartType.valueOf(text(in));
            String title = text(in);
            String svg = text(in);
            String description = text(in);
            String caption = text(in);
            List<String> headers = texts(in);
            int rows = in.readInt();
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                table.add(texts(in));
            }
            List<String> notes = texts(in);
            charts.add(new RenderedChart(id, type, title, svg, description, new DataTable(caption, headers, table),
                    notes, text(in), text(in), text(in)));
        }
        if (in.read() != -1) {
            throw new IOException("more than the charts");
        }
        return List.copyOf(charts);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.available()) {
            throw new IOException("damaged");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("damaged");
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(text(in));
        }
        return list;
    }
}
