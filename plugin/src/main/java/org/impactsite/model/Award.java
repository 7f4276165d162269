package org.impactsite.model;

import java.util.Objects;

/**
 * A prize or recognition. Only {@code title} is required.
 *
 * @param by   who gave it
 * @param year the year it was given; null when not known
 * @param work the piece of work it was given for
 * @param rank free text: winner, silver, shortlisted
 */
public record Award(String title, String by, Integer year, String work, String rank, String url) {

    public Award {
        Objects.requireNonNull(title, "title");
    }
}
