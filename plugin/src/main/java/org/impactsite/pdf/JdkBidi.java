package org.impactsite.pdf;

import java.text.Bidi;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text in the PDF, with the JDK's own Unicode bidirectional algorithm
 * ({@link java.text.Bidi}): a Hebrew or Arabic title keeps its direction, and a Latin name or a
 * number inside it stays left to right. Brackets are mirrored in right-to-left runs, and
 * Arabic letters are joined ({@link ArabicForms}).
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {

    private static final String MIRRORED = "()[]{}<>«»‹›";

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = text.length();
        while (i > 0) {
            int c = text.codePointBefore(i);
            i -= Character.charCount(c);
            int at = MIRRORED.indexOf(c);
            out.appendCodePoint(at < 0 ? c : MIRRORED.charAt(at ^ 1));
        }
        return out.toString();
    }

    @Override
    public String shapeText(String text) {
        return ArabicForms.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return ArabicForms.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** The direction of a text's first letter that has one ({@link BidiSplitter#NEUTRAL} for none): what HTML's dir=auto goes by. */
    static byte direction(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return BidiSplitter.LTR;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return BidiSplitter.RTL;
            }
        }
        return BidiSplitter.NEUTRAL;
    }

    /** The runs of one paragraph, in the order they are seen. */
    private static final class Splitter implements BidiSplitter {

        private BidiTextRun[] visual = new BidiTextRun[0];

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            int flags = defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : defaultDirection == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            Bidi bidi = new Bidi(paragraph, flags);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            BidiTextRun[] runs = new BidiTextRun[count];
            for (int r = 0; r < count; r++) {
                levels[r] = (byte) bidi.getRunLevel(r);
                runs[r] = new BidiTextRun(bidi.getRunStart(r), bidi.getRunLimit(r) - bidi.getRunStart(r),
                        (levels[r] & 1) == 0 ? LTR : RTL);
            }
            if (count > 0) {
                Bidi.reorderVisually(levels, 0, runs, 0, count);
            }
            visual = runs;
        }

        @Override
        public int countTextRuns() {
            return visual.length;
        }

        @Override
        public BidiTextRun getVisualRun(int runIndex) {
            return visual[runIndex];
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return direction(paragraph);
        }
    }
}
