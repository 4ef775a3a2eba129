package org.sangsaeng.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to the app a test started on a local port, as a client outside it sends them. */
public final class LocalHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalHttp() {}

    /** A request to the path of the app on the port. */
    public static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** A request with a JSON body, or none when {@code body} is null. */
    public static HttpRequest.Builder json(int port, String method, String path, String body) {
        return request(port, path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
    }

    /** A GET of the path with that Authorization header (none when null). */
    public static HttpResponse<String> get(int port, String path, String authorization) {
        HttpRequest.Builder request = request(port, path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** Sends the request and returns the answer with its body as text. */
    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
