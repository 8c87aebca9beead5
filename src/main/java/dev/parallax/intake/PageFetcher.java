package dev.parallax.intake;

import dev.parallax.common.ApiException;
import dev.parallax.intake.engine.RobotsTxt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches web pages safely: http and https only; private, loopback, link-local and other internal
 * addresses refused (unless {@code parallax.fetch.allow-private}), every redirect checked again; time-outs
 * and a size cap; a polite User-Agent; robots.txt obeyed; one request per site at a time; conditional
 * requests (ETag, Last-Modified). Every failure is an {@link ApiException} in our own words: 400 for an
 * address we will not fetch, 422 for a page we cannot use, 502 when the site fails us.
 */
@ApplicationScoped
public class PageFetcher {

    private static final Logger LOG = Logger.getLogger(PageFetcher.class);
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)");
    private static final Duration ROBOTS_TTL = Duration.ofHours(1);

    @Inject
    FetchConfig config;

    private final Map<String, Semaphore> sites = new ConcurrentHashMap<>();
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private volatile HttpClient client;

    private record CachedRobots(RobotsTxt rules, Instant until) {
    }

    private record Answer(int status, byte[] body, String contentType, String location, String etag, String lastModified) {
    }

    /** Checks an address as the user gave it: 400 when it is not an absolute http(s) URL. */
    public URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest("Missing URL", "Give the web address of the article (\"url\").");
        }
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("Invalid URL", "'" + url.strip() + "' is not a valid web address: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.badRequest("Invalid URL", "Only http and https addresses can be fetched, not '" + url.strip() + "'.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ApiException.badRequest("Invalid URL", "'" + url.strip() + "' names no host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.badRequest("Invalid URL", "An address with a user name or password in it is not fetched.");
        }
        if (url.length() > 2000) {
            throw ApiException.badRequest("Invalid URL", "The address is longer than 2000 characters.");
        }
        return uri;
    }

    /**
     * Fetches {@code url}; with {@code etag} or {@code lastModified} from an earlier fetch, a site that
     * answers 304 gives a page with {@code notModified} and no HTML.
     */
    public FetchedPage fetch(String url, String etag, String lastModified) {
        URI uri = parse(url);
        boolean conditional = true;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            checkAddress(uri);
            if (config.robotsTxt() && !robotsFor(uri).allows(pathAndQuery(uri))) {
                throw new ApiException(422, "Refused by robots.txt",
                        "The site's robots.txt asks robots not to fetch " + uri + "; Parallax respects that. Paste the text instead.");
            }
            URI target = uri;
            String ifNoneMatch = conditional ? etag : null;
            String ifModifiedSince = conditional ? lastModified : null;
            Answer answer = withSite(target, () -> request(target, ifNoneMatch, ifModifiedSince));
            if (answer.status() == 304) {
                return new FetchedPage(uri.toString(), null, etag, lastModified, true);
            }
            if (answer.status() >= 300 && answer.status() < 400 && answer.location() != null) {
                URI next;
                try {
                    next = uri.resolve(new URI(answer.location().strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new ApiException(502, "Bad redirect", "The site redirected to an invalid address.");
                }
                uri = parse(next.toString());
                conditional = false;
                continue;
            }
            if (answer.status() == 404 || answer.status() == 410) {
                throw new ApiException(502, "Page not found", "The site answered " + answer.status() + " (not found) for " + uri + ".");
            }
            if (answer.status() < 200 || answer.status() >= 300) {
                throw new ApiException(502, "The site refused", "The site answered HTTP " + answer.status() + " for " + uri + ".");
            }
            String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
                throw new ApiException(422, "Not a web page",
                        "The address gives '" + type.split(";")[0].strip() + "', not an HTML page with an article.");
            }
            return new FetchedPage(uri.toString(), decode(answer.body(), type), answer.etag(), answer.lastModified(), false);
        }
        throw new ApiException(502, "Too many redirects", "The site redirected more than " + config.maxRedirects() + " times.");
    }

    /** Refuses internal addresses: every address the host resolves to must be a public one. */
    void checkAddress(URI uri) {
        if (config.allowPrivate()) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new ApiException(502, "Unknown host", "No such host: '" + host + "'.");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw ApiException.badRequest("Refused address",
                        "'" + host + "' is a private, loopback or link-local address; Parallax fetches only public sites.");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC // unique local fc00::/7
                    || isMappedInternal(b);
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 || first >= 240 // "this network", reserved, broadcast
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)); // benchmarking
    }

    private static boolean isMappedInternal(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if ((b[10] & 0xFF) != 0xFF || (b[11] & 0xFF) != 0xFF) {
            return false;
        }
        try {
            return isInternal(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException impossible) {
            return true;
        }
    }

    private RobotsTxt robotsFor(URI uri) {
        String origin = origin(uri);
        CachedRobots cached = robots.get(origin);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.rules();
        }
        RobotsTxt rules;
        try {
            URI robotsUri = URI.create(origin + "/robots.txt");
            Answer answer = withSite(robotsUri, () -> request(robotsUri, null, null));
            rules = answer.status() >= 200 && answer.status() < 300
                    ? RobotsTxt.parse(new String(answer.body(), StandardCharsets.UTF_8), "ParallaxBot")
                    : RobotsTxt.allowAll(); // no robots.txt (or an error page): no rules
        } catch (ApiException unreachable) {
            rules = RobotsTxt.allowAll(); // the page fetch itself will report what is wrong with the site
        }
        robots.put(origin, new CachedRobots(rules, Instant.now().plus(ROBOTS_TTL)));
        return rules;
    }

    /** Forgets cached robots.txt files (tests change them). */
    public void forgetRobots() {
        robots.clear();
    }

    private interface SiteCall {
        Answer call();
    }

    /** One request per site (scheme, host and port) at a time, across the application. */
    private Answer withSite(URI uri, SiteCall call) {
        Semaphore site = sites.computeIfAbsent(origin(uri), k -> new Semaphore(1, true));
        try {
            if (!site.tryAcquire(config.siteWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(502, "Site busy", "Another request to " + uri.getHost() + " is still running; try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(502, "Interrupted", "The fetch was interrupted.");
        }
        try {
            return call.call();
        } finally {
            site.release();
        }
    }

    private Answer request(URI uri, String etag, String lastModified) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(config.timeout()).GET()
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
        if (etag != null && !etag.isBlank()) {
            builder.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            builder.header("If-Modified-Since", lastModified);
        }
        long max = config.maxSize().asLongValue();
        try {
            HttpResponse<InputStream> response = client().send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            try (InputStream in = response.body()) {
                if (declared > max) {
                    throw tooLarge(max);
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (body.length > max) {
                    throw tooLarge(max);
                }
                return new Answer(response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(null),
                        response.headers().firstValue("Location").orElse(null), response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null));
            }
        } catch (HttpConnectTimeoutException e) {
            throw new ApiException(502, "Unreachable", "Could not connect to " + uri.getHost() + " within " + seconds(config.connectTimeout()) + ".");
        } catch (HttpTimeoutException e) {
            throw new ApiException(502, "Timed out", uri.getHost() + " did not answer within " + seconds(config.timeout()) + ".");
        } catch (ConnectException e) {
            throw new ApiException(502, "Unreachable", "Could not connect to " + uri.getHost() + ".");
        } catch (IOException e) {
            LOG.debugf("fetch of %s failed: %s", uri, e);
            throw new ApiException(502, "Fetch failed", "Reading " + uri.getHost() + " failed (the connection broke or the answer was malformed).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(502, "Interrupted", "The fetch was interrupted.");
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(422, "Page too large", "The page is larger than " + max + " bytes (parallax.fetch.max-size).");
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(config.connectTimeout()).build();
                }
                c = client;
            }
        }
        return c;
    }

    /** The charset of the Content-Type, else of a {@code <meta charset>} near the top, else UTF-8. */
    static String decode(byte[] body, String contentType) {
        Charset charset = null;
        Matcher header = Pattern.compile("(?i)charset=[\"']?([A-Za-z0-9_.:-]+)").matcher(contentType == null ? "" : contentType);
        if (header.find()) {
            charset = charset(header.group(1));
        }
        if (charset == null) {
            Matcher meta = META_CHARSET.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1));
            if (meta.find()) {
                charset = charset(meta.group(1));
            }
        }
        return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static String origin(URI uri) {
        int port = uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
