package cutover.core.synthetic;

import java.util.SplittableRandom;

/**
 * How phone numbers of one country look: calling code, typical national number prefixes and lengths, and the
 * language and office site of users there. Numbers are random but shaped like real mobile and landline numbers.
 */
final class CountryPlan {

    static final CountryPlan[] PLANS = {
        nanp("1", 33, "en", "Redmond"),
        nanp("1", 5, "fr-CA", "Toronto"),
        new CountryPlan("44", 12, "en-GB", "London", new String[] {"7", "7", "7", "20", "161", "131"}, 10),
        new CountryPlan("49", 10, "de", "Munich", new String[] {"151", "160", "170", "176", "30", "89"}, 11),
        new CountryPlan("33", 7, "fr", "Paris", new String[] {"6", "7", "1", "4"}, 9),
        new CountryPlan("91", 8, "en", "Bangalore", new String[] {"9", "8", "7", "6"}, 10),
        new CountryPlan("61", 5, "en-AU", "Sydney", new String[] {"4", "4", "2", "3"}, 9),
        new CountryPlan("81", 5, "ja", "Tokyo", new String[] {"90", "80", "70", "3"}, 10),
        new CountryPlan("55", 5, "pt-BR", "Sao Paulo", new String[] {"119", "219", "319", "619"}, 11),
        new CountryPlan("31", 3, "nl", "Amsterdam", new String[] {"6", "6", "20"}, 9),
        new CountryPlan("34", 3, "es", "Madrid", new String[] {"6", "7", "91"}, 9),
        new CountryPlan("52", 2, "es-MX", "Mexico City", new String[] {"55", "33", "81"}, 10),
    };

    private static final int TOTAL_WEIGHT = totalWeight();

    final String countryCode;
    final int weight;
    final String language;
    final String site;
    private final String[] prefixes;
    private final int nationalLength;
    private final boolean northAmerican;

    private CountryPlan(String countryCode, int weight, String language, String site, String[] prefixes,
            int nationalLength) {
        this(countryCode, weight, language, site, prefixes, nationalLength, false);
    }

    private CountryPlan(String countryCode, int weight, String language, String site, String[] prefixes,
            int nationalLength, boolean northAmerican) {
        this.countryCode = countryCode;
        this.weight = weight;
        this.language = language;
        this.site = site;
        this.prefixes = prefixes;
        this.nationalLength = nationalLength;
        this.northAmerican = northAmerican;
    }

    private static CountryPlan nanp(String countryCode, int weight, String language, String site) {
        return new CountryPlan(countryCode, weight, language, site, new String[0], 10, true);
    }

    static CountryPlan pick(SplittableRandom random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (CountryPlan plan : PLANS) {
            ticket -= plan.weight;
            if (ticket < 0) {
                return plan;
            }
        }
        return PLANS[0];
    }

    /** A national number: NANP numbers are NXX-NXX-XXXX, others a typical prefix padded with random digits. */
    String nationalNumber(SplittableRandom random) {
        StringBuilder digits = new StringBuilder(nationalLength);
        if (northAmerican) {
            digits.append((char) ('2' + random.nextInt(8))).append((char) ('0' + random.nextInt(9)))
                    .append((char) ('0' + random.nextInt(10)));
            digits.append((char) ('2' + random.nextInt(8)));
        } else {
            digits.append(prefixes[random.nextInt(prefixes.length)]);
        }
        while (digits.length() < nationalLength) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static int totalWeight() {
        int sum = 0;
        for (CountryPlan plan : PLANS) {
            sum += plan.weight;
        }
        return sum;
    }
}
