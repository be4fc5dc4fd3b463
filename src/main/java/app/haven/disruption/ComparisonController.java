package app.haven.disruption;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Prosecutions per 10,000 children: the partnership's areas (counted from its prosecutions) beside published rates of
 * similar areas, for a year; and the forms to enter a rate, import rates from CSV, or enter an area's child population.
 * Aggregates only: no child is named.
 */
@Controller
class ComparisonController {

    static final String VIEW = "disruption/comparison";

    private final Comparisons comparisons;
    private final Workforce workforce;
    private final Clock clock;

    ComparisonController(Comparisons comparisons, Workforce workforce, Clock clock) {
        this.comparisons = comparisons;
        this.workforce = workforce;
        this.clock = clock;
    }

    @GetMapping("/disruption/comparison")
    @PreAuthorize("hasAnyAuthority('VIEW_AGGREGATES', 'VIEW_INTELLIGENCE')")
    String showComparison(
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(year, ComparisonForms.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/disruption/comparison/rates")
    @PreAuthorize("hasAuthority('MANAGE_COMPARISONS')")
    String enterRate(
            @RequestParam(defaultValue = "") String rateArea,
            @RequestParam(defaultValue = "") String rateYear,
            @RequestParam(defaultValue = "") String rateValue,
            @RequestParam(defaultValue = "") String rateSource,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ComparisonForms typed = new ComparisonForms(rateArea, rateYear, rateValue, rateSource, "", "", "", "", "");
        ComparatorCsv.Read read = ComparatorCsv.read(ComparatorCsv.HEADER + "\n"
                + String.join(",", quote(rateArea), quote(rateYear), quote(rateValue), quote(rateSource)));
        if (!read.errors().isEmpty()) {
            FormErrors.Builder errors = FormErrors.builder();
            read.errors().forEach(e -> errors.field("rateArea", e.replaceFirst("^Line 2: ", "")));
            return page(parseYear(rateYear), typed, errors.build(), user, model);
        }
        comparisons.saveRates(read.rates(), user);
        redirect.addFlashAttribute("message", "Rate saved.");
        return "redirect:/disruption/comparison?year=" + read.rates().get(0).year();
    }

    @PostMapping("/disruption/comparison/import")
    @PreAuthorize("hasAuthority('MANAGE_COMPARISONS')")
    String importRates(
            @RequestParam(defaultValue = "") String csv,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ComparatorCsv.Read read = ComparatorCsv.read(csv);
        if (!read.errors().isEmpty()) {
            FormErrors.Builder errors = FormErrors.builder();
            errors.field(
                    "csv",
                    "The file was not imported: " + read.errors().size() + " "
                            + (read.errors().size() == 1 ? "line has an error" : "lines have errors"));
            read.errors().forEach(errors::form);
            ComparisonForms typed = new ComparisonForms("", "", "", "", csv, "", "", "", "");
            return page(null, typed, errors.build(), user, model);
        }
        comparisons.saveRates(read.rates(), user);
        redirect.addFlashAttribute("message", read.rates().size() + " rates imported.");
        return "redirect:/disruption/comparison?year=" + read.rates().get(0).year();
    }

    @PostMapping("/disruption/comparison/populations")
    @PreAuthorize("hasAuthority('MANAGE_COMPARISONS')")
    String enterPopulation(
            @RequestParam(defaultValue = "") String popArea,
            @RequestParam(defaultValue = "") String popYear,
            @RequestParam(defaultValue = "") String popChildren,
            @RequestParam(defaultValue = "") String popSource,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ComparisonForms typed = new ComparisonForms("", "", "", "", "", popArea, popYear, popChildren, popSource);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Long> area = workforce.areas().stream()
                .filter(a -> String.valueOf(a.id()).equals(popArea))
                .map(Workforce.Area::id)
                .findFirst();
        if (area.isEmpty()) {
            errors.field("popArea", "Select the partnership area");
        }
        Integer year = parseYear(popYear);
        if (year == null) {
            errors.field("popYear", "Enter the year as a whole number between 2000 and 2100");
        }
        long children = parseCount(popChildren);
        if (children <= 0) {
            errors.field("popChildren", "Enter the number of children as a whole number above 0");
        }
        if (popSource.isBlank() || popSource.length() > 300) {
            errors.field("popSource", "Enter where the figure comes from, for example ONS mid-year estimates");
        }
        FormErrors built = errors.build();
        if (built.hasErrors()) {
            return page(year, typed, built, user, model);
        }
        comparisons.savePopulation(area.get(), year, children, popSource.strip());
        redirect.addFlashAttribute("message", "Population saved.");
        return "redirect:/disruption/comparison?year=" + year;
    }

    private String page(Integer year, ComparisonForms typed, FormErrors errors, HavenPrincipal user, Model model) {
        List<Integer> years = comparisons.years();
        int shown = year != null
                ? year
                : years.stream().findFirst().orElse(DisruptionDates.today(clock).getYear());
        model.addAttribute("year", shown);
        model.addAttribute(
                "years",
                years.stream().map(y -> new Option(y.toString(), y.toString())).toList());
        model.addAttribute("own", comparisons.own(shown));
        model.addAttribute("comparators", comparisons.comparators(shown));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", DisruptionPages.may(user, "MANAGE_COMPARISONS"));
        model.addAttribute(
                "areas",
                workforce.areas().stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        return VIEW;
    }

    private static Integer parseYear(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long parseCount(String text) {
        try {
            return Long.parseLong(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
