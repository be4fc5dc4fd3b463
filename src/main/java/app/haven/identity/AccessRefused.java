package app.haven.identity;

import java.util.Optional;

/**
 * Haven refused a signed-in user something: a page their role does not allow, a record outside their scope, or a
 * form posted without its token. The audit records it as "Refused", so attempts show up as well as accesses.
 *
 * @param subjectType what was asked for ({@code child}, {@code case}, {@code person}, or {@code route} when only
 *     the address is known)
 * @param subjectId the record's id, where known
 * @param request the method and path asked for; Haven's paths hold ids only, never personal data
 */
public record AccessRefused(
        long userId,
        long agencyId,
        String subjectType,
        Optional<Long> subjectId,
        Optional<Long> childId,
        String request,
        String why) {}
