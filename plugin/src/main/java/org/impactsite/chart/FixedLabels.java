package org.impactsite.chart;

import java.util.Arrays;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** Item labels written beforehand, one per bar ({@code [series][category]}); null draws none. */
final class FixedLabels implements CategoryItemLabelGenerator {

    private final String[][] labels;

    FixedLabels(String[][] labels) {
        this.labels = Arrays.stream(labels).map(String[]::clone).toArray(String[][]::new);
    }

    static FixedLabels oneSeries(String... labels) {
        return new FixedLabels(new String[][] {labels});
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return row < labels.length && column < labels[row].length ? labels[row][column] : null;
    }
}
