package app.haven.identity;

import java.time.Instant;

/**
 * An administrator (or the user themselves) changed an account: created it, edited it, disabled or enabled
 * it, changed its roles or areas, reset its MFA, unlocked it or changed its password.
 *
 * @param actorId who made the change
 * @param userId whose account changed
 * @param change what happened, in a few plain words ("created", "disabled", "roles changed", "MFA reset")
 */
public record UserAccountChanged(long actorId, long userId, String change, Instant at) {}
