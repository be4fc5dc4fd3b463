package app.haven.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The links of a GOV.UK pagination block: previous, next and numbered pages. Following GOV.UK's pattern it
 * always shows the first, last, current and adjacent pages, and an ellipsis for each gap.
 *
 * @param basePath the list's path with any query already URL-encoded, e.g. {@code /people?q=smith}
 * @param page the current page, counting from 1
 */
public record PageLinks(String basePath, int page, int totalPages, String parameter) {

    /**
     * A numbered item, or an ellipsis standing for pages not shown.
     *
     * @param number the page number, or 0 for an ellipsis
     */
    public record Item(int number, String href, boolean current) {
        public boolean ellipsis() {
            return number == 0;
        }
    }

    public static PageLinks of(String basePath, int page, int totalPages) {
        return new PageLinks(basePath, page, totalPages, "page");
    }

    /** Whether there is more than one page; a single page needs no pagination. */
    public boolean needed() {
        return totalPages > 1;
    }

    public Optional<String> previous() {
        return page > 1 ? Optional.of(href(page - 1)) : Optional.empty();
    }

    public Optional<String> next() {
        return page < totalPages ? Optional.of(href(page + 1)) : Optional.empty();
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= totalPages; n++) {
            if (n == 1 || n == totalPages || Math.abs(n - page) <= 1) {
                if (n - last > 1) {
                    items.add(new Item(0, "", false));
                }
                items.add(new Item(n, href(n), n == page));
                last = n;
            }
        }
        return items;
    }

    public String href(int number) {
        return basePath + (basePath.contains("?") ? "&" : "?") + parameter + "=" + number;
    }
}
