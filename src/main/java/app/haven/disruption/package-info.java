/**
 * Disruption and prosecution: measures taken against persons of concern and places (a catalogue as data with the
 * legal basis, whether the law requires an expiry and the longest period it allows), their expiry alerts and breaches,
 * and the children each protects; prosecutions with offences from a catalogue, dates, outcome, sentence and victims'
 * support; the partnership's prosecution rate per 10,000 children beside published rates of similar areas; and
 * behaviour-change interventions and coded debriefs with perpetrators. Built on intelligence's entities through its
 * public face; children are linked only within the user's record scope. ADR 0015.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Disruption and prosecution",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people", "intelligence"})
package app.haven.disruption;
