/**
 * The register of children at risk: a case per child on an area's register, its lead professional, the team around
 * the child, the support plan, reviews on a cadence set by the band, closure with an outcome approved by a manager,
 * and case file audits. Reacts to screenings; raises inbox tasks; tells the chronology each significant step.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people", "screening"})
package app.haven.cases;
