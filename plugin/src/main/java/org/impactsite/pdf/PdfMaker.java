package org.impactsite.pdf;

import java.awt.Shape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.impactsite.chart.ChartMaker.PrintChart;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Element;

/**
 * Writes a book of the report (see {@link Pdfs}) as a PDF with openhtmltopdf: the plugin's
 * own fonts embedded as subsets, charts drawn by JFreeChart straight onto the page as vectors,
 * tagged for accessibility (PDF/UA: structure, language, title, alternative text of charts), and
 * the same bytes for the same book: its dates are the report's date (none without one) and its
 * identifier is a digest of what it holds.
 */
public final class PdfMaker {

    static {
        // the library writes a line for each step it takes; a build shows only what concerns the user
        XRLog.setLoggingEnabled(false);
    }

    /** What the PDF says of itself, in its metadata. */
    public record Meta(String title, String author, String subject, String language, boolean rightToLeft, Instant date) {
    }

    private final Function<String, Optional<PrintChart>> charts;
    private final Function<String, byte[]> files;

    /**
     * @param charts a chart by the page it is on and its id ({@code case-studies/a/index.html#chart-1})
     * @param files  the bytes of a file of the site by its path (pictures of stories), or null
     */
    public PdfMaker(Function<String, Optional<PrintChart>> charts, Function<String, byte[]> files) {
        this.charts = charts;
        this.files = files;
    }

    /**
     * The PDF of a book.
     *
     * @param book   the book, parsed
     * @param source the text it was parsed from, whose digest identifies the PDF
     */
    public byte[] make(org.jsoup.nodes.Document book, String source, Meta meta) throws IOException {
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(book);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JdkBidi bidi = new JdkBidi();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(w3c, PrintParts.SITE + "/")
                .usePdfUaAccessibility(true)
                .withProducer("impact-site")
                .useUnicodeBidiSplitter(bidi)
                .useUnicodeBidiReorderer(bidi)
                .defaultTextDirection(meta.rightToLeft() ? TextDirection.RTL : TextDirection.LTR)
                .useObjectDrawerFactory(new Charts())
                .useProtocolsStreamImplementation(this::stream, "impact")
                // the PDF is made from the project alone: nothing is fetched from the network or the disk
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(PrintParts.SITE),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(PrintParts.SITE),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        byte[] digest = digest(source, meta);
        SharedFonts fonts = SharedFonts.borrow();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            fonts.register(renderer.getFontResolver(), renderer.getPdfDocument());
            renderer.setListener(new Fixed(meta, digest));
            renderer.createPDF();
        } finally {
            fonts.release();
        }
        return out.toByteArray();
    }

    /** A picture of the site, by its {@code impact:/path} address; none when the site has no such file. */
    private FSStream stream(String url) {
        String path = url.substring(PrintParts.SITE.length()).replaceFirst("^/+", "");
        byte[] bytes = files.apply(path);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
            }
        };
    }

    /** Draws each {@code <object type="application/x-impact-chart">} with JFreeChart, as vectors. */
    private final class Charts implements FSObjectDrawerFactory {

        @Override
        public boolean isReplacedObject(Element e) {
            return PrintParts.CHART_TYPE.equals(e.getAttribute("type"));
        }

        @Override
        public FSObjectDrawer createDrawer(Element e) {
            if (!isReplacedObject(e)) {
                return null;
            }
            Optional<PrintChart> chart = charts.apply(e.getAttribute("data"));
            return (element, x, y, width, height, device, ctx, dotsPerPixel) -> {
                chart.ifPresent(c -> device.drawWithGraphics((float) x, (float) y, (float) width / dotsPerPixel,
                        (float) height / dotsPerPixel, g -> c.draw(g, width / dotsPerPixel)));
                return Map.<Shape, String>of();
            };
        }
    }

    /** Sets the dates to the report's and the identifier to the digest of the book, just before the PDF is saved. */
    private record Fixed(Meta meta, byte[] digest) implements PDFCreationListener {

        private static final Pattern XMP_DATES = Pattern.compile(
                "\\s*<xmp:(CreateDate|ModifyDate)>[^<]*</xmp:\\1>|\\s*xmp:(CreateDate|ModifyDate)=\"[^\"]*\"");

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument doc = renderer.getPdfDocument();
            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar date = meta.date() == null ? null : GregorianCalendar.from(meta.date().atZone(ZoneOffset.UTC));
            info.setCreationDate(date);
            info.setModificationDate(date);
            info.setTitle(meta.title());
            info.setAuthor(meta.author());
            info.setSubject(meta.subject());
            try {
                PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
                if (metadata != null) {
                    String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
                    String stamp = meta.date() == null ? null
                            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meta.date().atOffset(ZoneOffset.UTC));
                    xmp = XMP_DATES.matcher(xmp).replaceAll(m -> stamp == null ? ""
                            : m.group().replaceAll(">[^<]*<", ">" + stamp + "<").replaceAll("=\"[^\"]*\"", "=\"" + stamp + "\""));
                    PDMetadata fixed = new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
                    doc.getDocumentCatalog().setMetadata(fixed);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
        }
    }

    private static byte[] digest(String html, Meta meta) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(html.getBytes(StandardCharsets.UTF_8));
            md.update(meta.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
