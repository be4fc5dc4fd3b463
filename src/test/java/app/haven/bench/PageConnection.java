package app.haven.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One signed-in user's HTTP/1.1 connection for the page benchmarks: a kept-alive socket written and read by the
 * calling thread, with the session cookie of a client that signed in. The benchmark's clients share the server's two
 * CPUs, while real users' browsers do not; {@link HttpClient} spends a selector thread, futures and copies on every
 * request, so its CPU was taken from the server under test. This connection does the least a client can: it writes
 * the request and reads the answer's bytes into one buffer. It reopens the socket when the server closes it (Tomcat
 * closes a kept-alive connection after 100 requests). Not thread-safe: one per user thread.
 */
public final class PageConnection implements AutoCloseable {

    private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] LINE_END = "\r\n".getBytes(StandardCharsets.US_ASCII);

    private final int port;
    private final String cookies;
    private byte[] buffer = new byte[256 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    // What the last answer left in the buffer: [0, filled) read, of which [bodyStart, bodyEnd) is the body.
    private int filled;
    private int bodyStart;
    private int bodyEnd;

    PageConnection(int port, String cookies) {
        this.port = port;
        this.cookies = cookies;
    }

    /** A connection carrying the cookies {@code signedIn} holds (its session), for the server on {@code port}. */
    public static PageConnection of(int port, HttpClient signedIn) {
        CookieManager jar = (CookieManager) signedIn.cookieHandler().orElseThrow();
        return new PageConnection(port, cookieHeader(jar.getCookieStore().getCookies()));
    }

    /** The cookie header's value: the names and values of {@code cookies}. */
    static String cookieHeader(List<HttpCookie> cookies) {
        return cookies.stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Requests {@code path} and reads the whole answer; returns its status. The body is then {@link #bodyContains}. */
    public int get(String path) throws IOException {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + cookies
                        + "\r\nAccept: text/html\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        boolean reused = socket != null;
        try {
            return exchange(request);
        } catch (IOException closedMeanwhile) {
            if (!reused) {
                throw closedMeanwhile;
            }
            close();
            return exchange(request);
        }
    }

    /** Whether the last answer's body holds {@code wanted}. */
    public boolean bodyContains(byte[] wanted) {
        return indexIn(bodyStart, bodyEnd, wanted) >= 0;
    }

    private int exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("localhost", port));
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        filled = 0;
        int headEnd;
        while ((headEnd = indexIn(0, filled, HEAD_END)) < 0) {
            readMore();
        }
        Head head = Head.parse(new String(buffer, 0, headEnd, StandardCharsets.ISO_8859_1));
        bodyStart = headEnd + HEAD_END.length;
        if (head.chunked()) {
            readChunks();
        } else {
            bodyEnd = bodyStart + head.contentLength();
            while (filled < bodyEnd) {
                readMore();
            }
        }
        if (head.closes()) {
            close();
        }
        return head.status();
    }

    /** Reads a chunked body, moving each chunk's data down so the body ends up in one piece from {@link #bodyStart}. */
    private void readChunks() throws IOException {
        int next = bodyStart;
        bodyEnd = bodyStart;
        while (true) {
            int lineEnd;
            while ((lineEnd = indexIn(next, filled, LINE_END)) < 0) {
                readMore();
            }
            String sizeLine = new String(buffer, next, lineEnd - next, StandardCharsets.ISO_8859_1);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            int dataStart = lineEnd + 2;
            while (filled < dataStart + size + 2) {
                readMore();
            }
            if (size == 0) {
                return;
            }
            System.arraycopy(buffer, dataStart, buffer, bodyEnd, size);
            bodyEnd += size;
            next = dataStart + size + 2;
        }
    }

    private void readMore() throws IOException {
        if (filled == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
            throw new IOException("the server closed the connection mid-answer");
        }
        filled += read;
    }

    private int indexIn(int from, int to, byte[] wanted) {
        return PageBytes.indexOf(buffer, from, to, wanted);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    /** What the benchmark needs of an answer's head. */
    record Head(int status, int contentLength, boolean chunked, boolean closes) {

        static Head parse(String head) {
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            int length = 0;
            boolean chunked = false;
            boolean closes = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> closes = value.contains("close");
                    default -> {}
                }
            }
            return new Head(status, length, chunked, closes);
        }
    }
}
