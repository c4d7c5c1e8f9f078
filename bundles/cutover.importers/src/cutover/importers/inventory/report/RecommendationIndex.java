package cutover.importers.inventory.report;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Recommendation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recommendation rules an inventory uses, and the reasons and caveats that several dependencies share. A large
 * inventory repeats the same long caveat thousands of times; the HTML report prints each shared text once, numbered
 * ({@code R1}, {@code C1} … in order of first use), and a dependency's row refers to it by that number. A text only
 * one dependency has stays in its row.
 */
final class RecommendationIndex {

    /** A reason or caveat text with the dependencies and rules that use it. */
    static final class Text {
        private final String text;
        private final Set<String> rules = new LinkedHashSet<>();
        private int uses;
        private String id;

        private Text(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        /** {@code R3} or {@code C7}; null when only one dependency has the text. */
        String id() {
            return id;
        }

        int uses() {
            return uses;
        }

        Set<String> rules() {
            return rules;
        }
    }

    /** One recommendation rule as the inventory uses it. */
    static final class Rule {
        private final String id;
        private final Set<MigrationTarget> targets = EnumSet.noneOf(MigrationTarget.class);
        private final Set<Text> reasons = new LinkedHashSet<>();
        private final Set<Text> caveats = new LinkedHashSet<>();
        private int dependencies;

        private Rule(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        Set<MigrationTarget> targets() {
            return targets;
        }

        int dependencies() {
            return dependencies;
        }

        /** The shared reasons of this rule's dependencies. */
        List<Text> sharedReasons() {
            return reasons.stream().filter(t -> t.id != null).toList();
        }

        List<Text> sharedCaveats() {
            return caveats.stream().filter(t -> t.id != null).toList();
        }
    }

    private final Map<String, Text> reasons = new LinkedHashMap<>();
    private final Map<String, Text> caveats = new LinkedHashMap<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private RecommendationIndex() {
    }

    static RecommendationIndex of(List<AnalyzedDependency> dependencies) {
        RecommendationIndex index = new RecommendationIndex();
        for (AnalyzedDependency analyzed : dependencies) {
            Recommendation recommendation = analyzed.recommendation();
            Rule rule = index.rules.computeIfAbsent(recommendation.ruleId(), Rule::new);
            rule.dependencies++;
            rule.targets.add(recommendation.target());
            for (String reason : recommendation.reasons()) {
                rule.reasons.add(count(index.reasons, reason, rule.id));
            }
            for (String caveat : recommendation.caveats()) {
                rule.caveats.add(count(index.caveats, caveat, rule.id));
            }
        }
        number(index.reasons, "R");
        number(index.caveats, "C");
        return index;
    }

    private static Text count(Map<String, Text> texts, String value, String rule) {
        Text text = texts.computeIfAbsent(value, Text::new);
        text.uses++;
        text.rules.add(rule);
        return text;
    }

    private static void number(Map<String, Text> texts, String prefix) {
        int next = 1;
        for (Text text : texts.values()) {
            if (text.uses > 1) {
                text.id = prefix + next++;
            }
        }
    }

    /** The numbered entry of a reason, or null when the text is this dependency's own. */
    Text reason(String text) {
        return reasons.get(text);
    }

    Text caveat(String text) {
        return caveats.get(text);
    }

    /** Reasons several dependencies share, in number order. */
    List<Text> sharedReasons() {
        return shared(reasons);
    }

    List<Text> sharedCaveats() {
        return shared(caveats);
    }

    /** In order of first use. */
    List<Rule> rules() {
        return new ArrayList<>(rules.values());
    }

    private static List<Text> shared(Map<String, Text> texts) {
        List<Text> shared = new ArrayList<>();
        for (Text text : texts.values()) {
            if (text.id != null) {
                shared.add(text);
            }
        }
        return shared;
    }
}
