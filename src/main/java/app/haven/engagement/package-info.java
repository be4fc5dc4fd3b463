/**
 * Engagement: the strategy's first three priorities outside casework. Awareness resources written and published by
 * an area's editors to Haven's public (signed-out) pages with the "top 10 things you need to know"; concerns reported
 * by the public, rate-limited per client, triaged by police and CSE coordinators into intelligence (through
 * {@code intelligence.CommunityIntelligence}) or closed with a reason; the module's share of the partnership's
 * measures ({@code platform.MeasureSource}). ADR 0017.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Engagement",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "intelligence"})
package app.haven.engagement;
