package org.impactsite.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.impactsite.fonts.Typefaces;

/**
 * The plugin's fonts as the PDF library reads them, parsed once and lent to one PDF at a time:
 * reading a font's tables (Chinese fonts have tens of thousands of glyphs) costs more than
 * laying out a case study, so each set is parsed once per thread that makes PDFs, and each PDF
 * embeds a font only when its text uses it.
 */
final class SharedFonts {

    private static final ConcurrentLinkedQueue<SharedFonts> IDLE = new ConcurrentLinkedQueue<>();

    /** Each font file parsed, or null until a PDF's text first asks for it (a report without Chinese never reads the Chinese font). */
    private final TrueTypeFont[] fonts = new TrueTypeFont[Typefaces.files().size()];

    private SharedFonts() {
    }

    /** The font of the file at {@code index} of {@link Typefaces#files()}, parsed the first time. */
    private synchronized TrueTypeFont font(int index) {
        if (fonts[index] == null) {
            Typefaces.FontFile f = Typefaces.files().get(index);
            try {
                if (f.collection()) {
                    // the collection stays open: its fonts read their glyphs from it as PDFs embed them
                    @SuppressWarnings("resource")
                    TrueTypeCollection c = new TrueTypeCollection(new java.io.ByteArrayInputStream(f.bytes()));
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    c.processAllFonts(ttf -> {
                        if (first[0] == null) {
                            first[0] = ttf;
                        }
                    });
                    fonts[index] = first[0];
                } else {
                    fonts[index] = new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fonts[index];
    }

    /** A set no other PDF is using now. */
    static SharedFonts borrow() {
        SharedFonts s = IDLE.poll();
        return s != null ? s : new SharedFonts();
    }

    /** Gives the set back once its PDF is saved. */
    void release() {
        IDLE.add(this);
    }

    /**
     * Makes the fonts known to one PDF, each under its family's name (the first also under the
     * generic names, so that a story's code or the defaults find it), embedded as a subset.
     */
    void register(PdfBoxFontResolver resolver, PDDocument doc) {
        List<Typefaces.FontFile> files = Typefaces.files();
        for (int i = 0; i < files.size(); i++) {
            Typefaces.FontFile f = files.get(i);
            int index = i;
            Lazy font = new Lazy(doc, () -> font(index));
            boolean first = f.family().equals(files.get(0).family());
            String[] families = first ? new String[] {f.family(), "SansSerif", "Serif", "Monospaced"} : new String[] {f.family()};
            // a collection without a bold face stands in for its bold
            int[] weights = f.collection() ? new int[] {400, 700} : new int[] {f.bold() ? 700 : 400};
            for (String family : families) {
                for (int weight : weights) {
                    resolver.addFont(font, family, weight, IdentValue.NORMAL, true, FontGroup.MAIN);
                }
            }
        }
    }

    /** A font loaded into its PDF the first time the PDF's text asks for it. */
    private static final class Lazy extends PDFontSupplier {

        private final PDDocument doc;
        private final java.util.function.Supplier<TrueTypeFont> ttf;
        private PDFont loaded;

        Lazy(PDDocument doc, java.util.function.Supplier<TrueTypeFont> ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public synchronized PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(doc, ttf.get(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }
}
