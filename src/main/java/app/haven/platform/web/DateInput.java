package app.haven.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link DateParts} handler parameter to the GOV.UK date input of this name: the request parameters
 * {@code <name>.day}, {@code <name>.month} and {@code <name>.year}, each {@code ""} when not sent, so that what was
 * typed comes back on an error. One annotation instead of three {@code @RequestParam}s.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DateInput {

    /** The date input's name, e.g. {@code issuedOn}. */
    String value();
}
