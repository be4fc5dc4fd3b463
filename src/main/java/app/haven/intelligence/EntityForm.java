package app.haven.intelligence;

import app.haven.intelligence.network.NodeKind;
import app.haven.platform.web.FormErrors;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The new-entity form as typed. Which fields matter depends on the kind; a person is a person record's number with the
 * concern flag's role (the person's name comes from their record).
 */
public record EntityForm(
        String kind,
        String personId,
        String concernRole,
        String locationType,
        String address,
        String postcode,
        String latitude,
        String longitude,
        String registration,
        String make,
        String colour,
        String phoneNumber,
        String platform,
        String handle,
        String name,
        String description,
        String areaId) {

    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,18}$");

    public EntityForm {
        kind = orEmpty(kind);
        personId = orEmpty(personId);
        concernRole = orEmpty(concernRole);
        locationType = orEmpty(locationType);
        address = orEmpty(address);
        postcode = orEmpty(postcode);
        latitude = orEmpty(latitude);
        longitude = orEmpty(longitude);
        registration = orEmpty(registration);
        make = orEmpty(make);
        colour = orEmpty(colour);
        phoneNumber = orEmpty(phoneNumber);
        platform = orEmpty(platform);
        handle = orEmpty(handle);
        name = orEmpty(name);
        description = orEmpty(description);
        areaId = orEmpty(areaId);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static EntityForm blank(String kind) {
        return new EntityForm(kind, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The same answers for this entity: its own kind, person record and area, whatever the form said. */
    EntityForm of(String entityKind, Optional<Long> person, long area) {
        return new EntityForm(
                entityKind,
                person.map(String::valueOf).orElse(""),
                concernRole,
                locationType,
                address,
                postcode,
                latitude,
                longitude,
                registration,
                make,
                colour,
                phoneNumber,
                platform,
                handle,
                name,
                description,
                String.valueOf(area));
    }

    EntityForm withRole(String role) {
        return new EntityForm(
                kind,
                personId,
                role,
                locationType,
                address,
                postcode,
                latitude,
                longitude,
                registration,
                make,
                colour,
                phoneNumber,
                platform,
                handle,
                name,
                description,
                areaId);
    }

    Optional<NodeKind> nodeKind() {
        return IntelChoices.isOneOf(IntelChoices.KINDS, kind) ? Optional.of(NodeKind.valueOf(kind)) : Optional.empty();
    }

    /** The person record number typed, when it is a number. */
    Optional<Long> person() {
        return DIGITS.matcher(personId.strip()).matches()
                ? Optional.of(Long.parseLong(personId.strip()))
                : Optional.empty();
    }

    /** Checks the fields of the chosen kind (not a person's, which need their record) and builds the entity. */
    Optional<NewEntity> check(
            long area, java.util.List<app.haven.platform.web.Option> locationTypes, FormErrors.Builder errors) {
        Optional<NodeKind> chosen = nodeKind();
        if (chosen.isEmpty()) {
            errors.field("kind", "Select what you are recording");
            return Optional.empty();
        }
        Optional<String> none = Optional.empty();
        Optional<String> about = text(description);
        if (description.length() > 2000) {
            errors.field("description", "What is known must be 2,000 characters or fewer");
        }
        return switch (chosen.get()) {
            case LOCATION -> location(area, locationTypes, about, errors);
            case VEHICLE ->
                required(registration, "registration", "Enter the registration", 20, errors)
                        .map(reg -> new NewEntity(
                                NodeKind.VEHICLE,
                                area,
                                MatchKeys.registration(reg) + describe(colour, make),
                                MatchKeys.registration(reg),
                                Optional.empty(),
                                false,
                                none,
                                none,
                                none,
                                none,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(MatchKeys.registration(reg)),
                                text(make),
                                text(colour),
                                none,
                                none,
                                none,
                                about));
            case PHONE ->
                required(phoneNumber, "phoneNumber", "Enter the phone number", 30, errors)
                        .filter(n -> phoneOk(n, errors))
                        .map(n -> new NewEntity(
                                NodeKind.PHONE,
                                area,
                                n.strip(),
                                MatchKeys.phone(n),
                                Optional.empty(),
                                false,
                                none,
                                none,
                                none,
                                none,
                                Optional.empty(),
                                Optional.empty(),
                                none,
                                none,
                                none,
                                Optional.of(n.strip()),
                                none,
                                none,
                                about));
            case ONLINE_ACCOUNT -> account(area, about, errors);
            case OPERATION ->
                required(name, "name", "Enter the operation's name", 120, errors)
                        .map(n -> new NewEntity(
                                NodeKind.OPERATION,
                                area,
                                "Operation " + n.strip(),
                                MatchKeys.operation(n),
                                Optional.empty(),
                                false,
                                none,
                                none,
                                none,
                                none,
                                Optional.empty(),
                                Optional.empty(),
                                none,
                                none,
                                none,
                                none,
                                none,
                                none,
                                about));
            case PERSON -> Optional.empty();
        };
    }

    private Optional<NewEntity> location(
            long area,
            java.util.List<app.haven.platform.web.Option> types,
            Optional<String> about,
            FormErrors.Builder errors) {
        Optional<String> none = Optional.empty();
        boolean ok = IntelChoices.isOneOf(types, locationType);
        if (!ok) {
            errors.field("locationType", "Select the type of place");
        }
        Optional<String> place =
                required(address, "address", "Enter the address or a description of the place", 300, errors);
        String code = postcode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.isEmpty() && !POSTCODE.matcher(code).matches()) {
            errors.field("postcode", "Enter a real postcode, like CW1 2AB, or leave it blank");
            ok = false;
        }
        boolean pointTyped = !latitude.isBlank() || !longitude.isBlank();
        Optional<BigDecimal[]> point = coordinates(errors);
        if (place.isEmpty() || !ok || (pointTyped && point.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new NewEntity(
                NodeKind.LOCATION,
                area,
                place.get() + (code.isEmpty() ? "" : ", " + code),
                MatchKeys.address(place.get(), code),
                Optional.empty(),
                false,
                none,
                Optional.of(locationType),
                place,
                text(code),
                point.map(p -> p[0]),
                point.map(p -> p[1]),
                none,
                none,
                none,
                none,
                none,
                none,
                about));
    }

    private Optional<NewEntity> account(long area, Optional<String> about, FormErrors.Builder errors) {
        Optional<String> none = Optional.empty();
        Optional<String> where = required(platform, "platform", "Enter the platform, for example Snapchat", 60, errors);
        Optional<String> who = required(handle, "handle", "Enter the account's handle or user name", 120, errors);
        if (where.isEmpty() || who.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewEntity(
                NodeKind.ONLINE_ACCOUNT,
                area,
                who.get().strip() + " on " + where.get().strip(),
                MatchKeys.handle(where.get(), who.get()),
                Optional.empty(),
                false,
                none,
                none,
                none,
                none,
                Optional.empty(),
                Optional.empty(),
                none,
                none,
                none,
                none,
                where,
                who,
                about));
    }

    private Optional<BigDecimal[]> coordinates(FormErrors.Builder errors) {
        if (latitude.isBlank() && longitude.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal lat = new BigDecimal(latitude.strip());
            BigDecimal lon = new BigDecimal(longitude.strip());
            if (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0 || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                throw new NumberFormatException();
            }
            return Optional.of(new BigDecimal[] {
                lat.setScale(5, java.math.RoundingMode.HALF_UP), lon.setScale(5, java.math.RoundingMode.HALF_UP)
            });
        } catch (NumberFormatException e) {
            errors.field(
                    "latitude", "Enter latitude and longitude as decimal degrees, like 53.09 and -2.44, or neither");
            return Optional.empty();
        }
    }

    private static boolean phoneOk(String number, FormErrors.Builder errors) {
        String digits = MatchKeys.phone(number);
        if (digits.length() < 7 || !number.matches("[0-9 +()\\-]+")) {
            errors.field("phoneNumber", "Enter a phone number using digits, spaces, brackets or a + only");
            return false;
        }
        return true;
    }

    private static Optional<String> required(
            String value, String field, String message, int max, FormErrors.Builder errors) {
        if (value.isBlank()) {
            errors.field(field, message);
            return Optional.empty();
        }
        if (value.strip().length() > max) {
            errors.field(field, "This must be " + max + " characters or fewer");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private static String describe(String colour, String make) {
        String words = (colour.strip() + " " + make.strip()).strip();
        return words.isEmpty() ? "" : " (" + words + ")";
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
