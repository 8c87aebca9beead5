package dev.parallax.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small web site on 127.0.0.1 (a random port) for fetch tests: pages set and changed by the test, each
 * served with an ETag and answering 304 to a matching If-None-Match; any status, content type, redirect or
 * delay on demand; a log of the requests it received. The JDK's own HTTP server, no outside network.
 */
public final class FixtureSite implements AutoCloseable {

    public record Page(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> versions = new ConcurrentHashMap<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final List<String> userAgents = new CopyOnWriteArrayList<>();
    public final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();

    public FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void html(String path, String html) {
        page(path, new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), 0));
    }

    public void page(String path, Page page) {
        pages.put(path, page);
        versions.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    }

    public void redirect(String path, String location) {
        page(path, new Page(302, "text/plain", new byte[0], Map.of("Location", location), 0));
    }

    public static String resource(String name) throws IOException {
        try (InputStream in = FixtureSite.class.getResourceAsStream("/intake/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String path = exchange.getRequestURI().toString();
            requests.add(path);
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            Page page = pages.get(path);
            if (page == null) {
                byte[] body = "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (page.delayMillis() > 0) {
                try {
                    Thread.sleep(page.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String etag = "\"v" + versions.get(path).get() + "\"";
            if (page.status() == 200 && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            if (page.status() == 200) {
                exchange.getResponseHeaders().set("ETag", etag);
            }
            page.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            if (page.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
