package org.impactsite.chart;

import java.util.List;

/** The figures behind a chart, formatted for the report's language, full form (1,000,000). */
public record DataTable(String caption, List<String> headers, List<List<String>> rows) {

    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
