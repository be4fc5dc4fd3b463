package app.haven.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * How Spring Session turns the session's attributes into bytes and back, sparing the signed-in user's deserialisation
 * on every request. Each page reads its session from PostgreSQL and, to check who is asking, rebuilds the signed-in
 * user — principal, roles, every permission — from Java serialisation: about a twentieth of a page's CPU. The bytes
 * change only when the user's access does (sign-in, a step of it, {@link AccessRefresh} after an administrator's
 * change), so the user rebuilt from the same bytes is remembered and handed out again.
 *
 * <p>Keyed by the bytes themselves, so a remembered user is exactly what its bytes say: new bytes are a new user, and
 * a change never waits for anything to expire. Each read gets a fresh security context around the remembered
 * (immutable) authentication, so signing out, which empties its own context, cannot touch another request's. At most
 * {@link #MOST} are kept; beyond that all are forgotten at once and rebuilt as they are next read.
 */
@Configuration(proxyBeanMethods = false)
class RememberedSignIns {

    /** More than the users signed in on a node at once; a few kilobytes each. */
    static final int MOST = 2_000;

    /** The name under which Spring Session's JDBC configuration looks for its conversion service. */
    @Bean("springSessionConversionService")
    ConversionService springSessionConversionService(ResourceLoader loader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(
                byte[].class, Object.class, new Remembering(new DeserializingConverter(loader.getClassLoader())));
        return conversions;
    }

    /** Deserialises, remembering the authentication of a security context by the bytes it came from. */
    static final class Remembering implements Converter<byte[], Object> {

        private final Converter<byte[], Object> deserializer;
        private final Map<Bytes, Authentication> remembered = new ConcurrentHashMap<>();

        Remembering(Converter<byte[], Object> deserializer) {
            this.deserializer = deserializer;
        }

        @Override
        public Object convert(byte[] source) {
            Bytes key = new Bytes(source.clone());
            Authentication known = remembered.get(key);
            if (known != null) {
                return new SecurityContextImpl(known);
            }
            Object read = deserializer.convert(source);
            Authentication signedIn = read != null && read.getClass() == SecurityContextImpl.class
                    ? ((SecurityContextImpl) read).getAuthentication()
                    : null;
            if (signedIn != null) {
                if (remembered.size() >= MOST) {
                    remembered.clear();
                }
                remembered.put(key, signedIn);
                return new SecurityContextImpl(signedIn);
            }
            return read;
        }

        int size() {
            return remembered.size();
        }
    }

    /** A byte array compared by its content. */
    private record Bytes(byte[] content) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && Arrays.equals(content, bytes.content);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return content.length + " bytes";
        }
    }
}
