/**
 * Referrals between agencies (the commissioned service, the front door, police, health, education, youth justice)
 * with their state machine and timescales, every decision to share or not to share information, the commissioned
 * service's direct work and its outcome at closure, disclosures with the police response, and the National Referral
 * Mechanism. Listens for {@link app.haven.missing.DisclosureMade}; raises inbox tasks; tells the chronology.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Referrals",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people", "screening", "missing"})
package app.haven.referrals;
