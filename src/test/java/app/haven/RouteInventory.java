package app.haven;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page Haven serves, read from Spring MVC's own handler mappings, so a route added tomorrow is in the list
 * without anyone editing a test. Each route is one method and one path pattern.
 */
final class RouteInventory {

    /**
     * Routes that are not about records: signing in and out, the error page, partnership administration, and the
     * public pages (published resources, the top 10, reporting a concern, surveys), which {@code PublicRoutesIT}
     * proves show nothing of any record to anyone.
     */
    private static final List<String> NOT_RECORD_ROUTES =
            List.of("/login", "/signed-out", "/session-ended", "/error", "/account", "/admin", "/public");

    /** The public pages: reachable without signing in (SecurityConfiguration), each handler {@code @PermitAll}. */
    static final String PUBLIC = "/public";

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    record Route(RequestMethod method, String pattern, HandlerMethod handler) {

        boolean hasVariables() {
            return pattern.contains("{");
        }

        /** Each variable with the literal segment before it: {@code children/{id}}, {@code names/{nameId}}. */
        List<String> variableKeys() {
            List<String> keys = new ArrayList<>();
            String[] segments = pattern.substring(1).split("/");
            for (int i = 0; i < segments.length; i++) {
                Matcher matcher = VARIABLE.matcher(segments[i]);
                if (matcher.matches()) {
                    keys.add((i == 0 ? "" : segments[i - 1]) + "/{" + matcher.group(1) + "}");
                }
            }
            return keys;
        }

        /** Whether the route's record is an adult's ({@code /people/{id}/…}) rather than a child's. */
        boolean aboutAdult() {
            return pattern.startsWith("/people/{");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private RouteInventory() {}

    /** Every GET and POST route; a mapping without a method (the error page) counts as GET. */
    static List<Route> all(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns(info)) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method, pattern, handler));
                }
            }
        });
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    /** The routes that show or change a person's record, a case, a screening or a list of them: all but a few. */
    static List<Route> recordRoutes(RequestMappingHandlerMapping mapping) {
        return all(mapping).stream()
                .filter(route -> NOT_RECORD_ROUTES.stream()
                        .noneMatch(prefix -> route.pattern().equals(prefix)
                                || route.pattern().startsWith(prefix + "/")))
                .filter(route -> !route.pattern().startsWith("/actuator"))
                .toList();
    }

    /** The public pages' routes. */
    static List<Route> publicRoutes(RequestMappingHandlerMapping mapping) {
        return all(mapping).stream()
                .filter(route ->
                        route.pattern().equals(PUBLIC) || route.pattern().startsWith(PUBLIC + "/"))
                .toList();
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }
}
