package app.haven.people.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nicknames and spelling variants of given names, read from {@code name-variants.txt} (data anyone can extend). A
 * name in several groups is a variant of every name in each of them; the relation is not chained further, so
 * "jo" links Joseph and Joanne without making Joseph a variant of Joanne.
 */
public final class NameVariants {

    static final String RESOURCE = "/app/haven/people/matching/name-variants.txt";
    private static final NameVariants STANDARD = load(NameVariants.class.getResourceAsStream(RESOURCE));

    private final Map<String, Set<String>> variants;

    NameVariants(Map<String, Set<String>> variants) {
        this.variants = variants;
    }

    public static NameVariants standard() {
        return STANDARD;
    }

    /** The token and every name sharing a group with it. */
    public Set<String> variantsOf(String token) {
        Set<String> found = variants.get(token);
        return found == null ? Set.of(token) : found;
    }

    public boolean areVariants(String a, String b) {
        return a.equals(b) || variantsOf(a).contains(b);
    }

    static NameVariants load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("name variants not found at " + RESOURCE);
        }
        Map<String, Set<String>> variants = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> group = Arrays.stream(line.split(","))
                        .map(NameNormaliser::token)
                        .filter(token -> !token.isEmpty())
                        .toList();
                for (String name : group) {
                    Set<String> set = variants.computeIfAbsent(name, n -> new HashSet<>(Set.of(n)));
                    set.addAll(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        variants.replaceAll((name, set) -> Set.copyOf(set));
        return new NameVariants(Map.copyOf(variants));
    }
}
