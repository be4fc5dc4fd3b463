package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit's client address comes from {@code X-Forwarded-For} only when a configured proxy sent it; by default
 * no proxy is trusted, not even one on a private or loopback address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientAddressIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aForwardedForHeaderFromAnUnlistedAddressIsNotBelieved() throws Exception {
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();

        failToSignInClaimingToBe("203.0.113.9");

        assertThat(jdbc.sql("SELECT client_address FROM audit_event WHERE id > :before AND action = 'failed-sign-in'")
                        .param("before", before)
                        .query(String.class)
                        .single())
                .isEqualTo("127.0.0.1");
    }

    private void failToSignInClaimingToBe(String address) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        String page = client.send(
                        HttpRequest.newBuilder(login)
                                .header("X-Forwarded-For", address)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = Jsoup.parse(page).select("input[name=_csrf]").val();
        client.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "email=nobody%40elsewhere.invalid&password=wrong-password-1&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
