package app.haven.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What is wrong with a submitted form, in the order the user should fix it: one message per field (GOV.UK
 * shows one error per field) plus messages about the form as a whole. The error summary lists them all;
 * each field component asks for its own message.
 *
 * <p>Field names are the names the inputs post. A date input's parts are {@code <name>.day},
 * {@code <name>.month} and {@code <name>.year}; an error on the whole date is keyed by {@code <name>}.
 */
public final class FormErrors {

    /**
     * One line of the error summary.
     *
     * @param field the field the message is about, empty for the form as a whole
     * @param href where the summary links to: the field's input (the day box for a whole date)
     */
    public record Item(Optional<String> field, String message, Optional<String> href) {}

    private static final FormErrors NONE = new FormErrors(List.of(), Map.of());

    private final List<String> globalMessages;
    private final Map<String, Item> fieldItems;

    private FormErrors(List<String> globalMessages, Map<String, Item> fieldItems) {
        this.globalMessages = List.copyOf(globalMessages);
        this.fieldItems = fieldItems;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The errors Bean Validation found, ordered as the form's record components (or fields) are declared,
     * which is the order the page shows them in; anything else keeps the order Spring reported it.
     */
    public static FormErrors from(BindingResult result) {
        Object target = result.getTarget();
        List<String> order = target == null ? List.of() : declaredOrder(target.getClass());
        return from(result, order);
    }

    /** As {@link #from(BindingResult)}, with the fields' order on the page given explicitly. */
    public static FormErrors from(BindingResult result, List<String> fieldOrder) {
        Builder builder = builder();
        result.getGlobalErrors().stream().map(FormErrors::messageOf).forEach(builder::form);
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> position(fieldOrder, error.getField())))
                .forEach(error -> add(builder, result, error));
        return builder.build();
    }

    public boolean hasErrors() {
        return !globalMessages.isEmpty() || !fieldItems.isEmpty();
    }

    public boolean has(String field) {
        return fieldItems.containsKey(field);
    }

    public Optional<String> messageFor(String field) {
        return Optional.ofNullable(fieldItems.get(field)).map(Item::message);
    }

    /** Every message, those about the whole form first, for the error summary. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        globalMessages.forEach(m -> items.add(new Item(Optional.empty(), m, Optional.empty())));
        items.addAll(fieldItems.values());
        return items;
    }

    @Override
    public String toString() {
        return "FormErrors" + items();
    }

    private static void add(Builder builder, BindingResult result, FieldError error) {
        String message = messageOf(error);
        if (isDate(result, error.getField())) {
            builder.date(error.getField(), message);
        } else {
            builder.field(error.getField(), message);
        }
    }

    private static String messageOf(ObjectError error) {
        // A constraint without a message is a programming slip; the user still needs words, not "null".
        return error.getDefaultMessage() == null ? "Check this answer" : error.getDefaultMessage();
    }

    private static boolean isDate(BindingResult result, String field) {
        try {
            return DateParts.class.equals(result.getFieldType(field));
        } catch (RuntimeException unreadable) {
            // A form that failed to construct has no target to inspect; the summary still links to the field.
            return false;
        }
    }

    private static int position(List<String> order, String field) {
        String top = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        int index = order.indexOf(top);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static List<String> declaredOrder(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
        }
        return Arrays.stream(type.getDeclaredFields())
                .map(java.lang.reflect.Field::getName)
                .toList();
    }

    /** Collects messages by hand; the first message for a field wins, as GOV.UK shows one per field. */
    public static final class Builder {
        private final List<String> globalMessages = new ArrayList<>();
        private final Map<String, Item> fieldItems = new LinkedHashMap<>();

        private Builder() {}

        public Builder field(String field, String message) {
            return put(field, message, FieldIds.forName(field).id());
        }

        /** An error on a date input: the summary links to its day box, the first the user can correct. */
        public Builder date(String field, String message) {
            return put(field, message, FieldIds.forName(field).id() + "-day");
        }

        public Builder form(String message) {
            globalMessages.add(message);
            return this;
        }

        public FormErrors build() {
            return globalMessages.isEmpty() && fieldItems.isEmpty()
                    ? NONE
                    : new FormErrors(globalMessages, new LinkedHashMap<>(fieldItems));
        }

        private Builder put(String field, String message, String inputId) {
            fieldItems.putIfAbsent(field, new Item(Optional.of(field), message, Optional.of("#" + inputId)));
            return this;
        }
    }
}
