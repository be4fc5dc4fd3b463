package app.haven.insight;

import org.springframework.stereotype.Component;

/** Lets tests outside insight forget the figures insight keeps, after building data it must count afresh. */
@Component
public class KeptFigures {

    private final CountedFigures figures;

    KeptFigures(CountedFigures figures) {
        this.figures = figures;
    }

    public void forget() {
        figures.forgetAll();
    }
}
