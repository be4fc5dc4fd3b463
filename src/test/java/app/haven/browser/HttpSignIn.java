package app.haven.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/** Signs in over plain HTTP, as a browser would (sign-in page, CSRF token, form post), for harnesses. */
public final class HttpSignIn {

    private HttpSignIn() {}

    /** A client holding the session cookie, and the path Haven sent it to after signing in. */
    public record SignedIn(HttpClient client, String nextPath) {}

    public static SignedIn signIn(String baseUrl, String email, String password) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI login = URI.create(baseUrl + "/login");
        String page = client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = Jsoup.parse(page).select("input[name=_csrf]").val();
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("sign-in redirects").isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return new SignedIn(client, URI.create(location).getPath());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
