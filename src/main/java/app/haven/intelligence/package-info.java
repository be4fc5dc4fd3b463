/**
 * Intelligence and networks: one POLE model (persons of concern as flagged person records, locations, vehicles,
 * phones, online accounts, operations) with duplicates found on entry; graded intelligence reports (3x5x2, legacy
 * 5x5x5 accepted) whose conditional text only cleared roles read; typed, dated links citing their evidence; links
 * proposed from missing episodes, return interviews and disclosures (the missing module's and the referrals module's); network analysis (package {@code network}, plain
 * Java) and the "one adult, many children" alert raised to the inbox when a link is written. ADR 0014.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intelligence",
        allowedDependencies = {"platform", "platform::web", "identity", "audit", "people", "missing", "referrals"})
package app.haven.intelligence;
