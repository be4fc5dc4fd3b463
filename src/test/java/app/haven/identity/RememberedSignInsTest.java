package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class RememberedSignInsTest {

    private final ConversionService sessions =
            new RememberedSignIns().springSessionConversionService(new DefaultResourceLoader());

    @Test
    void theSameBytesGiveTheSameSignedInUserInAFreshContextEachTime() {
        byte[] stored = bytesOf(signedIn("ada", "VIEW_CASES"));

        SecurityContext first = read(stored);
        SecurityContext second = read(stored);

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("ada");
    }

    @Test
    void signingOutOneRequestsContextLeavesTheNextReadSignedIn() {
        byte[] stored = bytesOf(signedIn("ada", "VIEW_CASES"));

        read(stored).setAuthentication(null);

        assertThat(read(stored).getAuthentication().getName()).isEqualTo("ada");
    }

    @Test
    void changedAccessIsNewBytesAndIsReadAfresh() {
        SecurityContext before = read(bytesOf(signedIn("ada", "VIEW_CASES")));
        SecurityContext after = read(bytesOf(signedIn("ada", "VIEW_CASES", "MANAGE_USERS")));

        assertThat(after.getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("VIEW_CASES", "MANAGE_USERS");
        assertThat(before.getAuthentication().getAuthorities()).hasSize(1);
    }

    @Test
    void otherAttributesAreReadAsTheyWere() {
        Object version = sessions.convert(sessions.convert(7, byte[].class), Object.class);

        assertThat(version).isEqualTo(7);
    }

    @Test
    void beyondTheLimitEverythingIsForgottenAndStillReadCorrectly() {
        RememberedSignIns.Remembering remembering = new RememberedSignIns.Remembering(
                new org.springframework.core.serializer.support.DeserializingConverter());
        for (int i = 0; i <= RememberedSignIns.MOST; i++) {
            remembering.convert(bytesOf(signedIn("user" + i, "VIEW_CASES")));
        }

        assertThat(remembering.size()).isEqualTo(1);
        Object again = remembering.convert(bytesOf(signedIn("user0", "VIEW_CASES")));
        assertThat(((SecurityContext) again).getAuthentication().getName()).isEqualTo("user0");
    }

    private SecurityContext read(byte[] stored) {
        return (SecurityContext) sessions.convert(stored, Object.class);
    }

    private byte[] bytesOf(SecurityContext context) {
        return sessions.convert(context, byte[].class);
    }

    private static SecurityContext signedIn(String name, String... authorities) {
        List<SimpleGrantedAuthority> granted = java.util.Arrays.stream(authorities)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null, granted));
    }
}
