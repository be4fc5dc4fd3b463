package app.haven.screening.banding;

import java.util.List;

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
            boolean disability = rules.neverLowWithLearningDisability() && child.learningDisability();
            if (young || disability) {
                Band raised = tool.above(band);
                reasons.add(raised.label() + ", not " + band.label().toLowerCase(java.util.Locale.UK) + ": a child "
                        + (young ? "under " + rules.neverLowUnderAge().get() : "with a learning disability")
                        + " is never banded " + band.label().toLowerCase(java.util.Locale.UK));
                return raised;
            }
        }
        return band;
    }
}
