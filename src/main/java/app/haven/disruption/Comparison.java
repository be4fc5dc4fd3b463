package app.haven.disruption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The strategy's measure, "the number of prosecutions compared with other similar areas", in plain Java: prosecutions
 * charged in a year per 10,000 children living in the area that year, for each partnership area with a child
 * population recorded, and for the partnership as a whole (its prosecutions over the children of those areas).
 */
public final class Comparison {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** One partnership area's year: its children (and where the figure comes from) and prosecutions. */
    public record AreaYear(String area, long children, String source, long prosecutions) {

        public BigDecimal rate() {
            return ratePer10000(prosecutions, children);
        }
    }

    /** The partnership's own rows and the total over them. */
    public record Own(List<AreaYear> areas, long children, long prosecutions, Optional<BigDecimal> rate) {}

    private Comparison() {}

    /** Prosecutions per 10,000 children, to two decimal places (half up). */
    static BigDecimal ratePer10000(long prosecutions, long children) {
        if (children <= 0) {
            throw new IllegalArgumentException("a rate needs a population");
        }
        return BigDecimal.valueOf(prosecutions)
                .multiply(TEN_THOUSAND)
                .divide(BigDecimal.valueOf(children), 2, RoundingMode.HALF_UP);
    }

    /** The partnership's rate over the areas with a population: the sum of prosecutions over the sum of children. */
    static Own own(List<AreaYear> areas) {
        List<AreaYear> rows = new ArrayList<>(areas);
        long children = rows.stream().mapToLong(AreaYear::children).sum();
        long prosecutions = rows.stream().mapToLong(AreaYear::prosecutions).sum();
        return new Own(
                List.copyOf(rows),
                children,
                prosecutions,
                children > 0 ? Optional.of(ratePer10000(prosecutions, children)) : Optional.empty());
    }
}
