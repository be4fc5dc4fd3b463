package app.haven.missing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one background thread that recounts the coordinator's shared figures ({@link FiguresAhead}): one count at a
 * time, so the recounts of many areas never take more than one CPU between them, stopped with the application.
 */
@Component
class MissingFiguresCounter implements DisposableBean {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread counter = new Thread(work, "missing-figures");
        counter.setDaemon(true);
        return counter;
    });

    void submit(Runnable recount) {
        thread.execute(recount);
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
