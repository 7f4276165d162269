package org.impactsite.chart;

/**
 * A category of a bar chart: shown by its label, told apart by its position, so two metrics
 * with the same label keep a bar each.
 */
record Category(int index, String label) implements Comparable<Category> {

    @Override
    public int compareTo(Category o) {
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return label;
    }
}
