package org.impactsite.validate;

import java.util.Map;
import java.util.TreeMap;

/** The IATI code lists the report's IATI file uses: organisation types. */
public final class IatiCodes {

    /** IATI OrganisationType, code to name. */
    public static final Map<String, String> ORGANISATION_TYPES;

    static {
        Map<String, String> m = new TreeMap<>();
        m.put("10", "Government");
        m.put("11", "Local Government");
        m.put("15", "Other Public Sector");
        m.put("21", "International NGO");
        m.put("22", "National NGO");
        m.put("23", "Regional NGO");
        m.put("24", "Partner Country based NGO");
        m.put("30", "Public Private Partnership");
        m.put("40", "Multilateral");
        m.put("60", "Foundation");
        m.put("70", "Private Sector");
        m.put("71", "Private Sector in Provider Country");
        m.put("72", "Private Sector in Aid Recipient Country");
        m.put("73", "Private Sector in Third Country");
        m.put("80", "Academic, Training and Research");
        m.put("90", "Other");
        ORGANISATION_TYPES = Map.copyOf(m);
    }

    private IatiCodes() {
    }

    /** The codes with their names, for a hint: "21 (International NGO), 22 (National NGO), ...". */
    public static String organisationTypeList() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(ORGANISATION_TYPES).forEach((code, name) -> b.append(b.length() == 0 ? "" : ", ").append(code)
                .append(" (").append(name).append(')'));
        return b.toString();
    }

    /** Whether an identifier can name an IATI activity or organisation: no spaces, none of / & | ?. */
    public static boolean isIdentifier(String s) {
        return !s.isEmpty() && s.chars().noneMatch(c -> Character.isWhitespace(c) || "/&|?".indexOf(c) >= 0);
    }
}
