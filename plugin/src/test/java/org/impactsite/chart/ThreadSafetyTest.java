package org.impactsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.impactsite.model.CaseStudy;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    @Test
    void oneMakerServesManyThreadsWithTheSameBytes() throws Exception {
        ChartMaker maker = new ChartMaker(Locale.ENGLISH);
        CaseStudy cs = ChartSamples.showcase();
        List<String> expected = svgs(new ChartMaker(Locale.ENGLISH).forCaseStudy(cs));
        String expectedPortfolio = String.join("", svgs(maker.forPortfolio(ChartSamples.portfolio())));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            List<Future<String>> portfolios = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> svgs(maker.forCaseStudy(cs))));
                portfolios.add(pool.submit(() -> String.join("", svgs(maker.forPortfolio(ChartSamples.portfolio())))));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
            for (Future<String> run : portfolios) {
                assertThat(run.get()).isEqualTo(expectedPortfolio);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> svgs(List<RenderedChart> charts) {
        return charts.stream().map(RenderedChart::svg).toList();
    }
}
