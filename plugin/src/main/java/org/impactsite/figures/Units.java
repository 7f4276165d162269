package org.impactsite.figures;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Units as the report compares them: trimmed, spaces collapsed and case-folded, so {@code Views}
 * and {@code views } are one unit and {@code views} and {@code visits} are two. Money is a unit
 * written as an ISO 4217 code; rates, shares, averages and ranks are units that cannot be added.
 */
public final class Units {

    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** Currency signs and local names, case-folded, with the ISO 4217 code to write instead. */
    private static final Map<String, String> CURRENCY_NAMES = Map.ofEntries(
            Map.entry("$", "USD (or the code of the dollar meant: AUD, CAD, HKD, SGD...)"),
            Map.entry("us$", "USD"), Map.entry("usd$", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("us dollar", "USD"), Map.entry("us dollars", "USD"), Map.entry("hk$", "HKD"),
            Map.entry("a$", "AUD"), Map.entry("c$", "CAD"), Map.entry("s$", "SGD"), Map.entry("r$", "BRL"),
            Map.entry("nt$", "TWD"), Map.entry("¥", "CNY (or JPY for yen)"), Map.entry("￥", "CNY (or JPY for yen)"),
            Map.entry("rmb", "CNY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("元", "CNY"),
            Map.entry("人民币", "CNY"), Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("rm", "MYR"),
            Map.entry("ringgit", "MYR"), Map.entry("₹", "INR"), Map.entry("rs", "INR (or PKR, LKR, NPR)"),
            Map.entry("rupee", "INR (or PKR, LKR, NPR)"), Map.entry("rupees", "INR (or PKR, LKR, NPR)"),
            Map.entry("円", "JPY"), Map.entry("yen", "JPY"), Map.entry("₩", "KRW"), Map.entry("won", "KRW"),
            Map.entry("ksh", "KES"), Map.entry("kshs", "KES"), Map.entry("₦", "NGN"), Map.entry("naira", "NGN"),
            Map.entry("rp", "IDR"), Map.entry("rupiah", "IDR"), Map.entry("฿", "THB"), Map.entry("baht", "THB"),
            Map.entry("₫", "VND"), Map.entry("dong", "VND"), Map.entry("₱", "PHP"), Map.entry("peso", "PHP, MXN, ARS..."),
            Map.entry("pesos", "PHP, MXN, ARS..."), Map.entry("zł", "PLN"), Map.entry("₺", "TRY"), Map.entry("₴", "UAH"),
            Map.entry("₽", "RUB"), Map.entry("r", "ZAR"), Map.entry("rand", "ZAR"), Map.entry("cfa", "XOF or XAF"),
            Map.entry("francs", "CHF, XOF, XAF..."), Map.entry("franc", "CHF, XOF, XAF..."));

    /** Runs of white space, compiled once: a unit's key is asked for several times per figure. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Words that make a unit a place in an order: 3rd in the charts is no amount of anything. */
    private static final String RANK_WORDS = "rank|ranking|position|place";

    private static final Pattern RANK = Pattern.compile("(^|.*[\\s(])(" + RANK_WORDS + ")([\\s).].*|$)");

    /** Words that make a unit a rate, share, average or rank: a figure of it is not a count. */
    private static final Pattern NOT_ADDITIVE = Pattern.compile(
            "(^|.*[\\s(])(%|percent|percentage|per\\s?cent|pct|rate|rates|ratio|per|average|avg|mean|median"
                    + "|" + RANK_WORDS + "|score|index)([\\s).].*|$)|.*%.*|.*‰.*");

    private Units() {
    }

    /** The unit as compared: trimmed, inner spaces collapsed, case-folded; "" for none. */
    public static String key(String unit) {
        return unit == null ? "" : SPACES.matcher(unit.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether two units are the same unit. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** Whether the unit is a place in an order (rank, position): a figure of it is not a result to show as an amount. */
    public static boolean isRank(String unit) {
        return RANK.matcher(key(unit)).matches();
    }

    /** Whether figures of this unit can be added: not a share, rate, average or rank. */
    public static boolean isAdditive(String unit) {
        return !NOT_ADDITIVE.matcher(key(unit)).matches();
    }

    /** Whether the unit is an ISO 4217 currency code (any case): money. */
    public static boolean isCurrency(String unit) {
        return ISO_4217.contains(key(unit).toUpperCase(Locale.ROOT));
    }

    /** The ISO 4217 code for a currency code in any case ("usd" to "USD"); empty when not a code. */
    public static Optional<String> currencyCode(String unit) {
        return isCurrency(unit) ? Optional.of(key(unit).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The code to write for a currency sign or local name ({@code $}, {@code RMB}, {@code yuan},
     * {@code ringgit}); empty when the unit is not one.
     */
    public static Optional<String> codeFor(String unit) {
        return Optional.ofNullable(CURRENCY_NAMES.get(key(unit)));
    }
}
