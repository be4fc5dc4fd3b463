/**
 * Children and the adults around them: names, aliases, identifiers, addresses, relationships; one search box
 * that tolerates typos, sound-alikes, nicknames and muddled dates; duplicate detection before create; merge and
 * unmerge. Every read is scoped ({@code ChildAccess}) and audited ({@code AuditLog}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"platform", "platform::web", "identity", "audit"})
package app.haven.people;
