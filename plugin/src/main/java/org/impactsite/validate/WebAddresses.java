package org.impactsite.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Web addresses written by users: links must be absolute {@code http} or {@code https} URLs. */
public final class WebAddresses {

    private WebAddresses() {
    }

    /**
     * Why {@code url} cannot be used as a link, or empty when it is a well-formed absolute
     * {@code http(s)} address with a host.
     */
    public static Optional<String> problemWith(String url) {
        String u = url.trim();
        if (u.chars().anyMatch(c -> c <= ' ')) {
            return Optional.of("contains a space or a control character");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid web address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(scheme.isEmpty()
                    ? "is not a full web address"
                    : "uses \"" + scheme + ":\"; only http and https links are allowed");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty() || authority.startsWith("@") || authority.startsWith(":")) {
            return Optional.of("has no host name");
        }
        return Optional.empty();
    }

    /** The hint shown with every refused address. */
    public static String hint() {
        return "write a full address starting with https:// (or http://), e.g. https://example.org/report";
    }
}
