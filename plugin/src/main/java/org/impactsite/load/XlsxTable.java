package org.impactsite.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.impactsite.problem.Problems;
import org.impactsite.validate.DidYouMean;

/**
 * One sheet of an {@code .xlsx} workbook as a table, read with the JDK alone (its zip and
 * streaming XML readers): the workbook's sheet names, its shared strings and the cells of one
 * sheet, nothing else (no formulas are run, no styles read). Limits keep a hostile file small:
 * at most 2,000 parts, 64 MiB unpacked, no DTD, no external entities. A cell is located at its
 * row and column ({@code views.xlsx:14:3}); a number is kept as Excel wrote it, so a date column
 * of day counts can be read as dates.
 */
final class XlsxTable {

    static final long MAX_BYTES = 8 * 1024 * 1024;
    private static final long MAX_UNPACKED = 64L * 1024 * 1024;
    private static final int MAX_PARTS = 2000;

    private XlsxTable() {
    }

    /** The parts of the workbook this reader needs, by name. */
    private record Parts(Map<String, byte[]> parts) {

        byte[] get(String name) {
            return parts.get(name);
        }
    }

    /**
     * The sheet {@code sheet} (the first when null) of the workbook in {@code file}; empty, with a
     * located problem, when the file is not a workbook or has no such sheet.
     */
    static Optional<ExportTable> read(Path file, String shown, String sheet, Problems problems) throws IOException {
        SourceText at = new SourceText(file, shown, "");
        if (Files.size(file) > MAX_BYTES) {
            problems.error(at.at(1, 1), "this workbook is larger than 8 MB and is not read", "export a shorter period");
            return Optional.empty();
        }
        Parts parts;
        try {
            parts = unzip(Files.readAllBytes(file));
        } catch (IOException | IllegalStateException e) {
            problems.error(at.at(1, 1), "this is not a workbook that can be read (" + e.getMessage() + ")",
                    "export the table again as .xlsx, or save it as \"CSV UTF-8\" and name the .csv");
            return Optional.empty();
        }
        if (parts == null || parts.get("xl/workbook.xml") == null) {
            problems.error(at.at(1, 1), "this .xlsx file is not an Excel workbook", "export the table again as .xlsx or as CSV");
            return Optional.empty();
        }
        try {
            Map<String, String> sheets = sheets(parts);
            if (sheets.isEmpty()) {
                problems.error(at.at(1, 1), "this workbook has no sheet", "export the table again");
                return Optional.empty();
            }
            String name = sheet == null ? sheets.keySet().iterator().next() : sheet;
            String target = sheets.get(name);
            if (target == null) {
                String hint = DidYouMean.closest(name, sheets.keySet()).map(s -> "did you mean \"" + s + "\"? ").orElse("")
                        + "its sheets are: " + String.join(", ", sheets.keySet());
                problems.error(at.at(1, 1), "this workbook has no sheet \"" + name + "\"", hint);
                return Optional.empty();
            }
            byte[] xml = parts.get(target);
            if (xml == null) {
                problems.error(at.at(1, 1), "the sheet \"" + name + "\" is missing from this workbook", "export the table again");
                return Optional.empty();
            }
            List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
            return ExportTable.of(at, rows(xml, strings), problems);
        } catch (XMLStreamException | RuntimeException e) {
            problems.error(at.at(1, 1), "this workbook cannot be read: its XML is damaged", "export the table again as .xlsx or as CSV");
            return Optional.empty();
        }
    }

    private static Parts unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++count > MAX_PARTS) {
                    throw new IllegalStateException("more than " + MAX_PARTS + " parts");
                }
                String name = e.getName();
                boolean wanted = name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels")
                        || name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                byte[] buffer = new byte[8192];
                java.io.ByteArrayOutputStream out = wanted ? new java.io.ByteArrayOutputStream() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw new IllegalStateException("it unpacks to more than 64 MB");
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null) {
                    parts.put(name, out.toByteArray());
                }
            }
        }
        return count == 0 ? null : new Parts(parts);
    }

    private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        InputStream in = new ByteArrayInputStream(bytes);
        return f.createXMLStreamReader(in);
    }

    /** The sheets' names, in the workbook's order, with the part each is in. */
    private static Map<String, String> sheets(Parts parts) throws XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
        if (rels != null) {
            XMLStreamReader r = xml(rels);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String target = r.getAttributeValue(null, "Target");
                    if (target != null) {
                        targets.put(r.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            }
        }
        Map<String, String> sheets = new java.util.LinkedHashMap<>();
        XMLStreamReader r = xml(parts.get("xl/workbook.xml"));
        int index = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                index++;
                String id = null;
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    if (r.getAttributeLocalName(i).equals("id")) {
                        id = r.getAttributeValue(i);
                    }
                }
                String target = id == null ? null : targets.get(id);
                sheets.put(r.getAttributeValue(null, "name"), target != null ? target : "xl/worksheets/sheet" + index + ".xml");
            }
        }
        return sheets;
    }

    private static List<String> sharedStrings(byte[] bytes) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (bytes == null) {
            return strings;
        }
        XMLStreamReader r = xml(bytes);
        StringBuilder current = null;
        boolean inPhonetic = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> inPhonetic = true;
                    case "t" -> {
                        String t = r.getElementText();
                        if (current != null && !inPhonetic) {
                            current.append(t);
                        }
                    }
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("si") && current != null) {
                    strings.add(current.toString());
                    current = null;
                } else if (r.getLocalName().equals("rPh")) {
                    inPhonetic = false;
                }
            }
        }
        return strings;
    }

    /** The rows of a sheet with something in them, each cell at its row and column. */
    private static List<ExportTable.Row> rows(byte[] sheet, List<String> strings) throws XMLStreamException {
        List<ExportTable.Row> rows = new ArrayList<>();
        XMLStreamReader r = xml(sheet);
        List<ExportTable.Cell> cells = null;
        int rowNumber = 0;
        String type = null;
        String ref = null;
        int nextColumn = 1;
        String value = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String n = r.getAttributeValue(null, "r");
                        rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
                        cells = new ArrayList<>();
                        nextColumn = 1;
                    }
                    case "c" -> {
                        type = r.getAttributeValue(null, "t");
                        ref = r.getAttributeValue(null, "r");
                        value = null;
                    }
                    case "v" -> value = r.getElementText();
                    case "t" -> value = (value == null ? "" : value) + r.getElementText();
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c") && cells != null) {
                int column = ref == null ? nextColumn : column(ref);
                String text = value == null ? "" : "s".equals(type) ? strings.get(Integer.parseInt(value.strip())) : value;
                boolean number = type == null || type.equals("n");
                while (cells.size() < column - 1) {
                    cells.add(new ExportTable.Cell("", rowNumber, cells.size() + 1));
                }
                cells.add(new ExportTable.Cell(text.strip(), rowNumber, column, number && !text.isBlank()));
                nextColumn = column + 1;
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && cells != null) {
                if (cells.stream().anyMatch(c -> !c.text().isEmpty())) {
                    rows.add(new ExportTable.Row(List.copyOf(cells), rowNumber));
                }
                cells = null;
            }
        }
        return rows;
    }

    /** The 1-based column of a cell reference such as {@code C14}. */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return c;
    }
}
