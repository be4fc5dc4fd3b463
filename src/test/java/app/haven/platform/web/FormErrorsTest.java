package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.ServletRequestDataBinder;

class FormErrorsTest {

    /** A form as other modules write them: a record, Bean Validation, a date as three boxes. */
    record ChildForm(
            @NotBlank(message = "Enter a first name") String firstName,
            @NotBlank(message = "Enter a last name") String lastName,

            @Valid @NotNull(message = "Enter a date of birth")
            DateParts dateOfBirth) {}

    @Test
    void ordersFieldErrorsAsTheFormDeclaresItsFields() {
        BindingResult result = new BeanPropertyBindingResult(new ChildForm("", "", DateParts.empty()), "form");
        result.rejectValue("dateOfBirth", "invalid", "Date of birth must be a real date");
        result.rejectValue("lastName", "blank", "Enter a last name");
        result.rejectValue("firstName", "blank", "Enter a first name");

        FormErrors errors = FormErrors.from(result);

        assertThat(errors.items())
                .extracting(FormErrors.Item::message)
                .containsExactly("Enter a first name", "Enter a last name", "Date of birth must be a real date");
    }

    @Test
    void linksDateErrorsToTheDayPartAndPartErrorsToTheirPart() {
        BindingResult result = new BeanPropertyBindingResult(new ChildForm("A", "B", DateParts.empty()), "form");
        result.rejectValue("dateOfBirth", "invalid", "Date of birth must be a real date");

        assertThat(FormErrors.from(result).items().get(0).href()).hasValue("#dateOfBirth-day");
        assertThat(FormErrors.builder()
                        .field("dateOfBirth.year", "Year must be 4 numbers")
                        .build()
                        .items())
                .extracting(FormErrors.Item::href)
                .containsExactly(Optional.of("#dateOfBirth-year"));
    }

    @Test
    void bindsAndValidatesARecordFormWithBeanValidation() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/children");
        request.setParameter("firstName", "");
        request.setParameter("lastName", "Example");
        request.setParameter("dateOfBirth.day", "7");
        request.setParameter("dateOfBirth.month", "3");
        request.setParameter("dateOfBirth.year", "2011");
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(ChildForm.class));
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        binder.setValidator(validator);
        binder.construct(request);
        binder.validate();

        FormErrors errors = FormErrors.from(binder.getBindingResult());

        assertThat(errors.messageFor("firstName")).hasValue("Enter a first name");
        assertThat(errors.has("lastName")).isFalse();
        assertThat(((ChildForm) binder.getTarget()).dateOfBirth().toDate()).hasValue(LocalDate.of(2011, 3, 7));
        validator.close();
    }

    @Test
    void putsFormWideErrorsFirstWithoutALink() {
        BindingResult result = new BeanPropertyBindingResult(new ChildForm("", "B", DateParts.empty()), "form");
        result.rejectValue("firstName", "blank", "Enter a first name");
        result.reject("duplicate", "A child with these details is already recorded");

        List<FormErrors.Item> items = FormErrors.from(result).items();

        assertThat(items.get(0).message()).isEqualTo("A child with these details is already recorded");
        assertThat(items.get(0).href()).isEmpty();
        assertThat(items.get(1).href()).hasValue("#firstName");
    }

    @Test
    void keepsTheFirstMessageForAFieldAsGovukShowsOne() {
        FormErrors errors = FormErrors.builder()
                .field("surname", "Enter a surname")
                .field("surname", "Surname must be 35 characters or fewer")
                .build();

        assertThat(errors.items()).hasSize(1);
        assertThat(errors.messageFor("surname")).hasValue("Enter a surname");
        assertThat(errors.messageFor("forename")).isEmpty();
    }

    @Test
    void noneHasNoErrors() {
        assertThat(FormErrors.none().hasErrors()).isFalse();
        assertThat(FormErrors.builder().build().hasErrors()).isFalse();
        assertThat(FormErrors.from(new BeanPropertyBindingResult(new ChildForm("a", "b", null), "form"))
                        .hasErrors())
                .isFalse();
    }

    @Test
    void datePartsBecomeADateOnlyWhenTheyMakeARealOne() {
        assertThat(new DateParts("29", "2", "2024").toDate()).hasValue(LocalDate.of(2024, 2, 29));
        assertThat(new DateParts("29", "2", "2023").toDate()).isEmpty();
        assertThat(new DateParts("1", "1", "24").toDate()).isEmpty();
        assertThat(new DateParts("x", "1", "2024").toDate()).isEmpty();
        assertThat(DateParts.empty().isBlank()).isTrue();
        assertThat(DateParts.of(LocalDate.of(2011, 3, 7))).isEqualTo(new DateParts("7", "3", "2011"));
    }
}
