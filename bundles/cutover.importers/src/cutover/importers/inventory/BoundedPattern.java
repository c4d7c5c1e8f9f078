package cutover.importers.inventory;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An NPS condition pattern. NPS matches conditions as regular expressions (partial match, case-insensitive); a
 * pattern from an untrusted file could backtrack for ages, so every match gets a budget of character reads and
 * counts as a match when the budget runs out (the policy is then listed for the client rather than hidden).
 */
final class BoundedPattern {

    private static final int BUDGET = 100_000;
    private static final int MAX_PATTERN = 1024;

    private final Pattern pattern;
    private final String literal;

    BoundedPattern(String text) {
        Pattern compiled = null;
        if (text.length() <= MAX_PATTERN) {
            try {
                compiled = Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                compiled = null;
            }
        }
        this.pattern = compiled;
        this.literal = text.toLowerCase(Locale.ROOT);
    }

    boolean matches(String value) {
        if (value == null) {
            return false;
        }
        if (pattern == null) {
            return value.toLowerCase(Locale.ROOT).contains(literal);
        }
        try {
            return pattern.matcher(new Budgeted(value)).find();
        } catch (BudgetExceeded e) {
            return true;
        }
    }

    private static final class BudgetExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** A CharSequence that stops the matcher after a fixed number of reads. */
    private static final class Budgeted implements CharSequence {

        private final String text;
        private int reads;

        Budgeted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads > BUDGET) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
