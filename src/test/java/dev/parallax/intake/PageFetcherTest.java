package dev.parallax.intake;

import dev.parallax.common.ApiException;
import dev.parallax.support.FixtureSite;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetcher with its production settings: internal addresses refused before any request is made. */
class PageFetcherTest {

    static PageFetcher production() {
        return fetcher(false);
    }

    static PageFetcher fetcher(boolean allowPrivate) {
        PageFetcher fetcher = new PageFetcher();
        fetcher.config = new FetchConfig() {
            public boolean allowPrivate() { return allowPrivate; }
            public Duration connectTimeout() { return Duration.ofSeconds(2); }
            public Duration timeout() { return Duration.ofSeconds(2); }
            public MemorySize maxSize() { return new MemorySize(BigInteger.valueOf(1 << 20)); }
            public int maxRedirects() { return 5; }
            public String userAgent() { return "ParallaxBot/1.0 (test)"; }
            public boolean robotsTxt() { return true; }
            public Duration siteWait() { return Duration.ofSeconds(2); }
            public Duration watchInterval() { return Duration.ofHours(1); }
            public boolean watchEnabled() { return false; }
        };
        return fetcher;
    }

    @Test
    void loopbackPrivateAndLinkLocalAddressesAreRefusedWithoutARequest() throws Exception {
        try (FixtureSite site = new FixtureSite()) {
            site.html("/a", "<html><body><p>text</p></body></html>");
            PageFetcher fetcher = production();
            for (String url : new String[]{site.url("/a"), "http://localhost:" + site.url("/").split(":")[2], "http://10.0.0.1/",
                    "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/"}) {
                ApiException refused = assertThrows(ApiException.class, () -> fetcher.fetch(url, null, null), url);
                assertEquals(400, refused.status(), url);
                assertEquals("Refused address", refused.error(), url);
            }
            assertTrue(site.requests.isEmpty(), "no request reached the site: " + site.requests);
        }
    }

    @Test
    void oneRequestPerSiteAtATimeAndRedirectsFollowed() throws Exception {
        try (FixtureSite site = new FixtureSite()) {
            for (String path : new String[]{"/one", "/two", "/three"}) {
                site.page(path, new FixtureSite.Page(200, "text/html; charset=utf-8",
                        "<html><body><p>طهران-سانا</p></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(), 400));
            }
            site.redirect("/moved", "/one");
            PageFetcher fetcher = fetcher(true);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                var answers = pool.invokeAll(java.util.List.<java.util.concurrent.Callable<FetchedPage>>of(
                        () -> fetcher.fetch(site.url("/one"), null, null), () -> fetcher.fetch(site.url("/two"), null, null),
                        () -> fetcher.fetch(site.url("/moved"), null, null)));
                for (var answer : answers) {
                    assertTrue(answer.get().html().contains("طهران-سانا"));
                }
                assertEquals(site.url("/one"), answers.get(2).get().url(), "the redirect was followed");
            } finally {
                pool.shutdown();
            }
            assertEquals(1, site.maxInFlight.get(), "never two requests to the site at once");
            // a conditional request for a page that did not change
            FetchedPage first = fetcher.fetch(site.url("/two"), null, null);
            FetchedPage again = fetcher.fetch(site.url("/two"), first.etag(), first.lastModified());
            assertTrue(again.notModified());
        }
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentials() {
        PageFetcher fetcher = production();
        for (String url : new String[]{"file:///etc/passwd", "ftp://example.org/", "gopher://example.org/", "javascript:alert(1)",
                "https://user:secret@example.org/", "//example.org/a"}) {
            ApiException refused = assertThrows(ApiException.class, () -> fetcher.parse(url), url);
            assertEquals(400, refused.status(), url);
        }
    }

    @Test
    void internalRanges() throws Exception {
        for (String internal : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1"}) {
            assertTrue(PageFetcher.isInternal(InetAddress.getByName(internal)), internal);
        }
        for (String external : new String[]{"8.8.8.8", "185.60.216.35", "2a00:1450:4001:80b::200e", "172.32.0.1"}) {
            assertFalse(PageFetcher.isInternal(InetAddress.getByName(external)), external);
        }
    }

    @Test
    void charsetFromTheHeaderOrTheMetaTag() {
        byte[] cp1256 = "<html><head><meta charset=\"windows-1256\"></head><body>سانا</body></html>".getBytes(java.nio.charset.Charset.forName("windows-1256"));
        assertTrue(PageFetcher.decode(cp1256, "text/html").contains("سانا"));
        byte[] utf8 = "<p>نورنیوز</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(PageFetcher.decode(utf8, "text/html; charset=utf-8").contains("نورنیوز"));
    }
}
