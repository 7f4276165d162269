package org.impactsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.impactsite.markdown.UrlPolicy;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/**
 * Keeps files that a browser would run out of the published copies. A page or script among the
 * assets would run under the organisation's address when someone opens it, so such files are
 * refused; an SVG image is published only when it holds no script, no event handler, no
 * embedded document and no link with an unsafe target.
 */
final class ActiveContent {

    private static final Set<String> RUNNABLE = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml",
            "js", "mjs", "cjs", "swf", "xml", "xsl", "xslt", "hta", "svgz", "php", "jsp", "asp", "aspx", "wasm",
            // served as XML, which a browser renders, scripts included, when it holds XHTML
            "xsd", "rng", "rdf", "rss", "atom", "dtd", "xbl", "xul", "mml", "mathml", "smil", "wml", "xhtm");
    private static final Set<String> EMBEDDING = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener");

    private ActiveContent() {
    }

    /** @return true when the file may be published; otherwise a located error was added */
    static boolean check(Path file, String display, Problems problems) throws IOException {
        // trailing dots and spaces vanish on some hosts (page.html. is page.html), and some servers
        // honour every extension of a name (page.html.png may be served as a page)
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[. ]+$", "");
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        java.util.Optional<String> runnable = java.util.Arrays.stream(name.split("\\.")).skip(1).filter(RUNNABLE::contains).findFirst();
        if (runnable.isPresent()) {
            ext = runnable.get();
            problems.error(new Location(display, 1, 1),
                    "a ." + ext + " file is not published: a browser would run it under the report's address",
                    "turn it into a PDF or an image, or link to where it is published already");
            return false;
        }
        if (!ext.equals("svg")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return checkSvg(in, display, problems);
        }
    }

    private static boolean checkSvg(InputStream in, String display, Problems problems) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD && r.getText().contains("<!ENTITY")) {
                    return refuse(r, display, problems, "declares entities");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return refuse(r, display, problems, "uses the entity &" + r.getLocalName() + ";");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = r.getLocalName().toLowerCase(Locale.ROOT);
                if (EMBEDDING.contains(element)) {
                    return refuse(r, display, problems, "contains a <" + r.getLocalName() + "> element");
                }
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String attr = r.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
                    String value = r.getAttributeValue(i);
                    if (attr.startsWith("on")) {
                        return refuse(r, display, problems, "has an event handler " + r.getAttributeLocalName(i));
                    }
                    boolean link = attr.equals("href") || attr.equals("src");
                    boolean animatedLink = attr.equals("attributename") && value.toLowerCase(Locale.ROOT).contains("href");
                    if (animatedLink || link && UrlPolicy.classify(value) == UrlPolicy.Kind.REFUSED) {
                        return refuse(r, display, problems, "links to an unsafe target");
                    }
                }
            }
            return true;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
            int column = e.getLocation() == null ? 0 : Math.max(e.getLocation().getColumnNumber(), 0);
            problems.error(new Location(display, line, line == 0 ? 0 : column),
                    "this SVG image is not well-formed XML, so it cannot be checked and is not published",
                    "open it in a vector editor and save it again as plain SVG");
            return false;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a stream we close ourselves
                }
            }
        }
    }

    private static boolean refuse(XMLStreamReader r, String display, Problems problems, String what) {
        int line = Math.max(r.getLocation().getLineNumber(), 1);
        int column = Math.max(r.getLocation().getColumnNumber(), 1);
        problems.error(new Location(display, line, column),
                "this SVG image " + what + ", which could run code when the image is opened on its own",
                "export it again as a plain image (no scripts, links or animations), or publish it as PNG");
        return false;
    }
}
