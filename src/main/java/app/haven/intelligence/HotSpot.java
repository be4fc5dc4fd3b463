package app.haven.intelligence;

import java.math.BigDecimal;
import java.util.Optional;

/** A location with what linked it in a period: missing episodes, reports and disclosures; placed on the plot. */
public record HotSpot(
        long id,
        String label,
        String areaName,
        int episodes,
        int reports,
        int disclosures,
        Optional<BigDecimal> latitude,
        Optional<BigDecimal> longitude,
        int x,
        int y) {

    public int total() {
        return episodes + reports + disclosures;
    }

    public boolean plotted() {
        return latitude.isPresent();
    }

    HotSpot at(int px, int py) {
        return new HotSpot(id, label, areaName, episodes, reports, disclosures, latitude, longitude, px, py);
    }
}
