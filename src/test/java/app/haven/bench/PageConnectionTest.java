package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The benchmarks' kept-alive connection against a scripted server: lengths, chunks, closes and the session cookie. */
class PageConnectionTest {

    private final ExecutorService server = Executors.newSingleThreadExecutor();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Integer> connections = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.shutdownNow();
    }

    @Test
    void readsAnswersWithALengthOneAfterAnotherOnOneSocketAndSendsTheCookie() throws Exception {
        String big = "x".repeat(300_000) + "register-table";
        int port = serve(List.of(withLength(200, "<p>first</p>", ""), withLength(200, big, "")));
        try (PageConnection connection = new PageConnection(port, "SESSION=abc")) {
            assertThat(connection.get("/one")).isEqualTo(200);
            assertThat(connection.bodyContains(utf8("first"))).isTrue();
            assertThat(connection.get("/two")).isEqualTo(200);
            assertThat(connection.bodyContains(utf8("register-table"))).isTrue();
            assertThat(connection.bodyContains(utf8("first"))).isFalse();
        }
        assertThat(connections).hasSize(1);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).startsWith("GET /one HTTP/1.1\r\n").contains("\r\nCookie: SESSION=abc\r\n");
    }

    @Test
    void joinsAChunkedBodyAndLooksForTextAcrossChunks() throws Exception {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nregis\r\n9;ext=1\r\nter-table\r\n0\r\n\r\n";
        int port = serve(List.of(chunked));
        try (PageConnection connection = new PageConnection(port, "")) {
            assertThat(connection.get("/")).isEqualTo(200);
            assertThat(connection.bodyContains(utf8("register-table"))).isTrue();
        }
    }

    @Test
    void opensAFreshSocketAfterTheServerSaysItCloses() throws Exception {
        int port = serve(List.of(withLength(302, "", "Connection: close\r\n"), withLength(404, "gone", "")));
        try (PageConnection connection = new PageConnection(port, "")) {
            assertThat(connection.get("/a")).isEqualTo(302);
            assertThat(connection.get("/b")).isEqualTo(404);
            assertThat(connection.bodyContains(utf8("gone"))).isTrue();
        }
        assertThat(connections).hasSize(2);
    }

    @Test
    void joinsTheSignedInClientsCookiesIntoOneHeader() {
        assertThat(PageConnection.cookieHeader(List.of(new HttpCookie("SESSION", "s1"), new HttpCookie("XSRF", "t"))))
                .isEqualTo("SESSION=s1; XSRF=t");
    }

    private static String withLength(int status, String body, String extraHeaders) {
        return "HTTP/1.1 " + status + " X\r\nContent-Length: " + utf8(body).length + "\r\n" + extraHeaders + "\r\n"
                + body;
    }

    /**
     * A server answering each request with the next answer in turn; an answer saying "Connection: close" ends its
     * socket, so the next answer goes to the next connection.
     */
    private int serve(List<String> answers) throws IOException {
        ServerSocket listening = new ServerSocket(0);
        server.submit(() -> {
            try (listening) {
                int next = 0;
                while (next < answers.size()) {
                    try (Socket socket = listening.accept()) {
                        connections.add(socket.getPort());
                        InputStream in = socket.getInputStream();
                        while (next < answers.size()) {
                            requests.add(readHead(in));
                            String answer = answers.get(next++);
                            socket.getOutputStream().write(utf8(answer));
                            socket.getOutputStream().flush();
                            if (answer.contains("Connection: close")) {
                                break;
                            }
                        }
                    }
                }
            }
            return null;
        });
        return listening.getLocalPort();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
