package org.impactsite.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A horizontal date axis that takes the smallest tick unit whose labels fit side by side with a
 * gap between them. JFreeChart's own choice guesses from the width of the labels of another
 * unit and corrects by one step at most, so longer labels ("2011年12月" against "2011") ran into
 * each other.
 */
final class FittingDateAxis extends DateAxis {

    private static final long serialVersionUID = 1L;

    /** A date whose month and day have two digits: the widest label of most formats. */
    private static final Date WIDE = new Date(976_000_000_000L); // 5 December 2000

    FittingDateAxis(TimeZone zone, Locale locale) {
        super(null, zone, locale);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (!RectangleEdge.isTopOrBottom(edge)) {
            super.selectAutoTickUnit(g2, dataArea, edge);
            return;
        }
        TickUnitSource units = getStandardTickUnits();
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        double gap = getTickLabelFont().getSize2D();
        double zero = valueToJava2D(0.0, dataArea, edge);
        TickUnit unit = units.getCeilingTickUnit(0.0);
        for (int i = 0; i < 64; i++) {
            DateTickUnit d = (DateTickUnit) unit;
            double room = Math.abs(valueToJava2D(d.getSize(), dataArea, edge) - zero);
            double label = Math.max(fm.stringWidth(d.dateToString(WIDE)),
                    Math.max(fm.stringWidth(d.dateToString(getMinimumDate())), fm.stringWidth(d.dateToString(getMaximumDate()))));
            TickUnit larger = units.getLargerTickUnit(unit);
            if (label + gap <= room || larger == unit || larger.getSize() <= unit.getSize()) {
                break;
            }
            unit = larger;
        }
        setTickUnit((DateTickUnit) unit, false, false);
    }
}
