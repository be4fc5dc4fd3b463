package app.haven.screening.banding;

import java.util.List;
import java.util.Optional;

/**
 * Rules that only ever raise a band: disclosure, the age rule, and never-low for young children and children with
 * a learning disability (domain reference section 3). Each one that changes or confirms the band says so.
 */
final class ProtectiveRules {

    private ProtectiveRules() {}

    static Band apply(ToolDefinition tool, Band band, List<Indicator> present, ChildFacts child, List<String> reasons) {
        ToolDefinition.Rules rules = tool.rules();
        Band top = tool.highest();
        List<String> disclosures = present.stream()
                .filter(Indicator::disclosure)
                .map(Indicator::wording)
                .toList();
        if (!disclosures.isEmpty()) {
            reasons.add(top.label() + " by the disclosure rule: " + String.join("; ", disclosures));
            return top;
        }
        List<String> serious = present.stream()
                .filter(i -> i.level().filter(Indicator.Level.HIGH::equals).isPresent()
                        || i.kind() == Indicator.Kind.SIGNIFICANT)
                .map(Indicator::wording)
                .toList();
        if (rules.ageRuleMaxAge().isPresent()
                && child.ageInYears() <= rules.ageRuleMaxAge().get()
                && !serious.isEmpty()) {
            reasons.add(top.label() + " by the age rule: a child aged "
                    + rules.ageRuleMaxAge().get()
                    + " or under with a high-risk indicator (" + String.join("; ", serious)
                    + ") is treated as showing signs of possible exploitation");
            return top;
        }
        if (rules.lowBand().isPresent() && band.code().equals(rules.lowBand().get())) {
            boolean young = rules.neverLowUnderAge()
                    .filter(age -> child.ageInYears() < age)
                    .isPresent();
            Optional<String> disability = rules.neverLowWithLearningDisability()
                    ? learningDisability(rules, present, child)
                    : Optional.empty();
            if (young || disability.isPresent()) {
                Band raised = tool.above(band);
                reasons.add(raised.label() + ", not " + band.label().toLowerCase(java.util.Locale.UK) + ": a child "
                        + (young ? "under " + rules.neverLowUnderAge().get() : "with a learning disability")
                        + " is never banded " + band.label().toLowerCase(java.util.Locale.UK)
                        + (young ? "" : " (" + disability.get() + ")"));
                return raised;
            }
        }
        return band;
    }

    /**
     * Which fact shows a learning disability, in words: the flag on the child's details, the tool's own question
     * answered present, or both. One fact: either place applies the rule.
     */
    private static Optional<String> learningDisability(
            ToolDefinition.Rules rules, List<Indicator> present, ChildFacts child) {
        Optional<Indicator> answered = rules.learningDisabilityIndicator()
                .flatMap(id -> present.stream().filter(i -> i.id().equals(id)).findFirst());
        if (child.learningDisability() && answered.isPresent()) {
            return Optional.of("recorded on the child's details, and ‘"
                    + answered.get().wording() + "’ answered present in this screening");
        }
        if (answered.isPresent()) {
            return Optional.of("‘" + answered.get().wording() + "’ answered present in this screening");
        }
        return child.learningDisability() ? Optional.of("recorded on the child's details") : Optional.empty();
    }
}
