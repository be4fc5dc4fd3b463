package app.haven.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where benchmark figures are printed: one recognisable prefix, easy to grep out of a Maven log. */
public final class Report {

    private static final Logger log = LoggerFactory.getLogger("haven.bench");

    private Report() {}

    public static void line(String figure) {
        log.info("BENCH {}", figure);
    }

    public static int scale() {
        return Integer.getInteger("haven.bench.scale", 1);
    }
}
