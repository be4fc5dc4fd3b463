package app.haven.identity;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A memorable random password for the demo accounts: four words and two digits (NCSC's "three random words"
 * advice, with a margin), never a default that could survive into production.
 */
final class DemoPassword {

    private static final List<String> WORDS = List.of(
            "harbour", "lantern", "meadow", "pebble", "orchard", "copper", "thistle", "canal", "beacon", "willow",
            "marble", "saddle", "puzzle", "quarry", "ribbon", "summit", "tundra", "velvet", "walnut", "yonder",
            "anchor", "bramble", "cobalt", "dapple", "ember", "fennel", "garnet", "hollow", "island", "juniper");

    private DemoPassword() {}

    static String generate(RandomGenerator random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            password.append(WORDS.get(random.nextInt(WORDS.size()))).append('-');
        }
        return password.append(10 + random.nextInt(90)).toString();
    }
}
