package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tomcat itself answers, over a plain socket so nothing tidies the request: the firewall's refusals and
 * container errors carry the security headers, and redirects never name the host a client claimed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerResponsesIT {

    @LocalServerPort
    int port;

    @Test
    void aRequestTheFirewallRejectsCarriesTheSecurityHeaders() throws IOException {
        String response = send("GET /login;param=x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(response)).contains(" 400");
        assertThat(response)
                .containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                .containsIgnoringCase("X-Content-Type-Options: nosniff")
                .containsIgnoringCase("X-Frame-Options: DENY");
    }

    @Test
    void anErrorTomcatReportsItselfCarriesTheSecurityHeaders() throws IOException {
        // A path that is not valid percent-encoding: refused by Tomcat before any of Haven's code runs.
        String response = send("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(response)).contains(" 400");
        assertThat(response).containsIgnoringCase("X-Content-Type-Options: nosniff");
    }

    @Test
    void aRedirectNeverNamesTheHostTheClientClaimed() throws IOException {
        String response = send("GET /account HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(response)).contains(" 302");
        assertThat(response).doesNotContainIgnoringCase("evil.example").containsIgnoringCase("Location: /login");
    }

    private static String statusLine(String response) {
        return response.lines().findFirst().orElse("");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
