package org.impactsite.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void unitsAreComparedTrimmedAndCaseFolded() {
        assertThat(Units.same(" Views ", "views")).isTrue();
        assertThat(Units.same("video  views", "Video views")).isTrue();
        assertThat(Units.same("views", "visits")).isFalse();
        assertThat(Units.same(null, "")).isTrue();
    }

    @Test
    void sharesRatesAveragesAndRanksCannotBeAdded() {
        for (String u : new String[] {"%", "percent", "per cent", "engagement rate", "views per post", "average views",
                "rank", "Rank", "share (%)", "median", "‰"}) {
            assertThat(Units.isAdditive(u)).as(u).isFalse();
        }
        for (String u : new String[] {"views", "people", "households", "USD", "shares", "comments and shares",
                "reposts", "followers"}) {
            assertThat(Units.isAdditive(u)).as(u).isTrue();
        }
    }

    @Test
    void moneyIsAnIsoCodeAndSignsOrLocalNamesGetTheCodeToWrite() {
        assertThat(Units.isCurrency("USD")).isTrue();
        assertThat(Units.isCurrency("cny")).isTrue();
        assertThat(Units.isCurrency("views")).isFalse();
        assertThat(Units.codeFor("US$")).contains("USD");
        assertThat(Units.codeFor("RMB")).contains("CNY");
        assertThat(Units.codeFor("yuan")).contains("CNY");
        assertThat(Units.codeFor(" Ringgit ")).contains("MYR");
        assertThat(Units.codeFor("€")).contains("EUR");
        assertThat(Units.codeFor("$")).hasValueSatisfying(c -> assertThat(c).startsWith("USD"));
        assertThat(Units.codeFor("¥")).hasValueSatisfying(c -> assertThat(c).contains("CNY").contains("JPY"));
        assertThat(Units.codeFor("USD")).isEmpty();
        assertThat(Units.codeFor("views")).isEmpty();
    }

    @Test
    void aRankIsAPlaceInAnOrderAndNeverAdded() {
        for (String rank : List.of("rank", "Rank", "ranking", "position", "place (national chart)", "chart position")) {
            assertThat(Units.isRank(rank)).as(rank).isTrue();
            assertThat(Units.isAdditive(rank)).as(rank).isFalse();
        }
        for (String count : List.of("views", "places of worship visited", "marketplace visits", "people", "")) {
            assertThat(Units.isRank(count)).as(count).isFalse();
        }
    }
}
