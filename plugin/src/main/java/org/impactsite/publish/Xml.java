package org.impactsite.publish;

import org.impactsite.format.XmlText;

/**
 * XML 1.0 documents written by hand, so that their bytes are stable; text in them is escaped
 * by {@link XmlText}, the one rule for every XML the report writes.
 */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    static String escape(String s) {
        return XmlText.escape(s);
    }

    /** {@code <name>text</name>} with the text escaped. */
    static String element(String name, String text) {
        return "<" + name + ">" + escape(text) + "</" + name + ">";
    }
}
