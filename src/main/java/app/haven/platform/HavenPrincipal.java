package app.haven.platform;

/**
 * The signed-in user as every page sees them. Identity's principal implements this, so the layout can show
 * who is signed in without the platform depending on identity.
 */
public interface HavenPrincipal {

    long userId();

    String displayName();

    long agencyId();

    String agencyName();
}
