package org.impactsite.validate;

import java.net.URI;
import java.util.Optional;

/**
 * The report's base address: where the report is published, the folder every absolute link
 * (sitemap, feed, social cards) starts from. One rule whether it is written in
 * {@code site.yaml} or given as {@code -Dimpact.baseUrl}.
 */
public final class BaseAddresses {

    private BaseAddresses() {
    }

    /** Why {@code value} cannot be the base address, or empty when it can. */
    public static Optional<String> problemWith(String value) {
        Optional<String> link = WebAddresses.problemWith(value);
        if (link.isPresent()) {
            return Optional.of("\"" + value.trim() + "\" " + link.get());
        }
        URI uri = URI.create(value.trim());
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("cannot have a ? or # part, got \"" + value.trim() + "\"");
        }
        return Optional.empty();
    }

    /** The address in the form links are built from: trimmed, ending in {@code /}. Only for an address without a problem. */
    public static String canonical(String value) {
        String s = URI.create(value.trim()).toString();
        return s.endsWith("/") ? s : s + "/";
    }

    /** The hint shown with every refused base address. */
    public static String hint() {
        return "write the address of the folder the report is published in, starting with https://,"
                + " such as https://impact.example.org/";
    }
}
