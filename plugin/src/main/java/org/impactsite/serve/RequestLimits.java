package org.impactsite.serve;

import java.util.List;
import java.util.Map;

/** What the preview reads of a request at most: it serves pages, so a request needs little. */
final class RequestLimits {

    private RequestLimits() {
    }

    /** The longest address a request may ask for, and the most header bytes it may send. */
    static final int MAX_ADDRESS = 8 * 1024;
    static final int MAX_HEADERS = 16 * 1024;

    /**
     * Caps what Java's HTTP server reads of a request before the preview sees it (header lines
     * and bytes, time to send them, connections), unless the JVM was told otherwise; the server
     * reads these once, at the first start in a JVM. {@link #status} checks again, whatever
     * they were.
     */
    static void tellTheServer() {
        for (String[] limit : new String[][] {{"sun.net.httpserver.maxReqHeaders", "100"},
                {"sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADERS)},
                {"sun.net.httpserver.maxReqTime", "30"}, {"jdk.httpserver.maxConnections", "400"}}) {
            if (System.getProperty(limit[0]) == null) {
                System.setProperty(limit[0], limit[1]);
            }
        }
    }

    /**
     * The status for a request larger than a page of the preview needs: 414 for an address over
     * 8 KB, 431 for headers over 16 KB, 413 for any body (only GET and HEAD are answered); 0 otherwise.
     */
    static int status(String rawAddress, Map<String, List<String>> headers) {
        if (rawAddress != null && rawAddress.length() > MAX_ADDRESS) {
            return 414;
        }
        long size = 0;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            for (String v : h.getValue()) {
                size += (h.getKey() == null ? 0 : h.getKey().length()) + 4 + (v == null ? 0 : v.length());
            }
        }
        if (size > MAX_HEADERS) {
            return 431;
        }
        String length = first(headers, "Content-Length");
        boolean body = length != null && !length.strip().equals("0") || first(headers, "Transfer-Encoding") != null;
        return body ? 413 : 0;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }
}
