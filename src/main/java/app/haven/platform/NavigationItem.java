package app.haven.platform;

/**
 * One entry in the service navigation. Modules declare theirs as beans; the layout shows them in order.
 *
 * @param label what the link says
 * @param href where it goes (a path within Haven)
 * @param order position, lowest first
 * @param authority the authority a user needs to see the entry, or empty for every signed-in user
 */
public record NavigationItem(String label, String href, int order, String authority) {

    public static NavigationItem forEveryone(String label, String href, int order) {
        return new NavigationItem(label, href, order, "");
    }

    public boolean isFor(java.util.Collection<String> authorities) {
        return authority.isEmpty() || authorities.contains(authority);
    }
}
