package cutover.importers.inventory;

import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Facts;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the AD FS farm's own additional authentication rule: {@code Get-AdfsAdditionalAuthenticationRule} written to
 * a text file, claim rule language that applies to every relying party trust of the farm. The text is kept whole
 * for the analysis, which reads what it issues; here it is only checked to be complete (strings, parentheses and
 * brackets closed, the last rule ended with {@code ;}), so a cut-off export never reads as a smaller rule. An empty
 * file means the farm has no such rule.
 */
final class AdfsFarmRuleParser {

    /** The name the collector gives the file; only an empty file needs it to be recognised. */
    static final String FILE_NAME = "additional-authentication-rule.txt";
    static final int MAX_LINE = 64 * 1024;
    static final int MAX_CHARS = 1 << 20;
    static final int MAX_NESTING = 64;

    /**
     * How a rule starts: {@code @RuleTemplate}/{@code @RuleName}, a condition ({@code c:[Type == ...]}, {@code []},
     * {@code exists([...])}, {@code NOT EXISTS([...])}), or {@code =>} for a rule without one. A JSON array
     * ({@code [{...}]}, {@code ["..."]}) does not match.
     */
    private static final Pattern RULE_START = Pattern.compile("(?:@RuleTemplate\\b|@RuleName\\b|=>"
            + "|(?:[A-Za-z_][A-Za-z0-9_]*\\s*:\\s*)?\\[\\s*(?:\\]|(?:type|value|issuer|originalissuer|valuetype)\\s*"
            + "(?:==|!=|=~|!~))"
            + "|(?:not\\s+)?exists\\s*\\(\\s*\\[)", Pattern.CASE_INSENSITIVE);
    /** A statement that issues or adds a claim. */
    private static final Pattern STATEMENT = Pattern.compile("=>\\s*(?:issue|add)\\s*\\(", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the start of a file, leading white space removed, is claim rule language: it starts like a rule and
     * issues or adds a claim.
     */
    static boolean looksLikeClaimRules(String start) {
        return RULE_START.matcher(start).lookingAt() && STATEMENT.matcher(start).find();
    }

    static boolean isFarmRuleFileName(String fileName) {
        return FILE_NAME.equalsIgnoreCase(fileName);
    }

    void parse(Reader text, FileFindings out) throws IOException, InventoryFormatException {
        LineReader lines = new LineReader(text, MAX_LINE);
        Syntax syntax = new Syntax();
        StringBuilder rule = new StringBuilder();
        long firstLine = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            long number = lines.number();
            if (rule.length() + line.length() > MAX_CHARS) {
                throw new InventoryFormatException(number, "the rule text is longer than " + MAX_CHARS
                        + " characters, more than any additional authentication rule; it was not read");
            }
            syntax.read(line, number);
            if (firstLine == 0 && !line.isBlank()) {
                firstLine = number;
            }
            rule.append(line).append("\r\n");
        }
        String ruleText = rule.toString().strip();
        Map<String, String> attributes = new LinkedHashMap<>();
        String seen;
        if (ruleText.isEmpty()) {
            attributes.put(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE, Facts.NO_FARM_RULE);
            seen = "farm additional authentication rule (Get-AdfsAdditionalAuthenticationRule): none set";
        } else if (!STATEMENT.matcher(ruleText).find()) {
            out.skip("named like the farm's additional authentication rule, but holds no claim rule language "
                    + "(no \"=> issue(\" or \"=> add(\")");
            return;
        } else {
            syntax.finish();
            attributes.put(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE, ruleText);
            seen = "farm additional authentication rule (Get-AdfsAdditionalAuthenticationRule), "
                    + ruleText.lines().count() + " line(s)";
        }
        out.add(DependencyCategory.ADFS_ADAPTER, AdfsObjects.FARM_ADAPTERS, null, attributes,
                List.of(out.evidence(firstLine, null, seen)));
    }

    /**
     * Checks that claim rule language is complete, without interpreting it: strings closed (a backslash escapes the
     * next character), parentheses and brackets closed in order and nested at most {@link #MAX_NESTING} deep, no
     * control characters, and the last rule ended with {@code ;}. Keeps the first error, with its line.
     */
    private static final class Syntax {

        /** The open parentheses and brackets, innermost first: the character and its line. */
        private final Deque<long[]> open = new ArrayDeque<>();
        /** The line an open string starts on, 0 when none is open. */
        private long stringLine;
        private boolean escaped;
        private char last;
        private long lastLine;
        private InventoryFormatException error;

        void read(String line, long number) {
            for (int i = 0; i < line.length() && error == null; i++) {
                char c = line.charAt(i);
                if (c < 0x20 && c != '\t' || c == 0x7F) {
                    error = new InventoryFormatException(number, String.format("the rule text has the control "
                            + "character U+%04X in column %d; it is not claim rule language as AD FS writes it",
                            (int) c, i + 1));
                } else if (stringLine != 0) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        stringLine = 0;
                        significant(c, number);
                    }
                } else if (c == '"') {
                    stringLine = number;
                } else if (c == '(' || c == '[') {
                    if (open.size() >= MAX_NESTING) {
                        error = new InventoryFormatException(number, "parentheses and brackets are nested deeper "
                                + "than " + MAX_NESTING + " levels; this is not an additional authentication rule");
                    }
                    open.push(new long[] {c, number});
                    significant(c, number);
                } else if (c == ')' || c == ']') {
                    char opening = c == ')' ? '(' : '[';
                    if (open.isEmpty()) {
                        error = new InventoryFormatException(number, "'" + c + "' in column " + (i + 1)
                                + " closes nothing; the rule text is not claim rule language");
                    } else if (open.peek()[0] != opening) {
                        error = new InventoryFormatException(number, "'" + c + "' in column " + (i + 1)
                                + " does not close the '" + (char) open.peek()[0] + "' of line " + open.peek()[1]
                                + "; the rule text is not claim rule language");
                    } else {
                        open.pop();
                    }
                    significant(c, number);
                } else if (!Character.isWhitespace(c)) {
                    significant(c, number);
                }
            }
        }

        private void significant(char c, long number) {
            last = c;
            lastLine = number;
        }

        void finish() throws InventoryFormatException {
            if (error != null) {
                throw error;
            }
            if (stringLine != 0) {
                throw new InventoryFormatException(stringLine, "the string that starts on this line is not closed: "
                        + "the file is cut off");
            }
            if (!open.isEmpty()) {
                long[] outermost = open.peekLast();
                throw new InventoryFormatException(outermost[1], "the '" + (char) outermost[0] + "' on this line is "
                        + "not closed: the file is cut off");
            }
            if (last != ';') {
                throw new InventoryFormatException(lastLine, "the last rule does not end with ';': the file is cut "
                        + "off");
            }
        }
    }
}
