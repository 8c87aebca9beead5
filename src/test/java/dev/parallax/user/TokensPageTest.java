package dev.parallax.user;

import dev.parallax.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API tokens page: make a token (shown once), see it listed without its secret, revoke it; bad input kept in the form. */
@QuarkusTest
@TestSecurity(user = "page-token-user", roles = {"translator", "viewer"})
class TokensPageTest {

    final PageSession session = new PageSession();

    @Inject
    UserService users;
    @Inject
    ApiTokenService tokens;

    @BeforeEach
    void user() {
        if (User.findByUsername("page-token-user").isEmpty()) {
            users.create("page-token-user", "page token password", "translator");
        }
    }

    @Test
    void createShowOnceListAndRevoke() {
        Document page = session.get("/account/tokens");
        Response created = session.submit(page.selectFirst("form[aria-label=New token]"), Map.of("name", "nightly export", "days", "30"));
        assertEquals(200, created.statusCode());
        assertEquals("no-store", created.header("Cache-Control"));
        Document shown = Jsoup.parse(created.asString());
        String secret = shown.getElementById("new-token-secret").val();
        assertTrue(secret.matches("pxt_[A-Za-z0-9_-]{43}"), secret);
        assertEquals("page-token-user", tokens.authenticate(secret).username());

        Document again = session.get("/account/tokens");
        assertNull(again.getElementById("new-token-secret"), "the secret is shown only once");
        assertFalse(again.html().contains(secret));
        var row = again.select("table[aria-label=Your API tokens] tr").stream().filter(r -> r.text().contains("nightly export")).findFirst().orElseThrow();
        assertTrue(row.text().contains(secret.substring(0, 8)));
        assertTrue(row.text().contains("active"));

        Response revoked = session.submit(row.selectFirst("form[aria-label=Revoke nightly export]"), Map.of());
        assertEquals(303, revoked.statusCode());
        Document after = session.get("/account/tokens");
        var revokedRow = after.select("table[aria-label=Your API tokens] tr").stream().filter(r -> r.text().contains("nightly export")).findFirst().orElseThrow();
        assertTrue(revokedRow.text().contains("revoked"));
        assertNull(revokedRow.selectFirst("form"), "no revoke button on a revoked token");
    }

    @Test
    void badInputIsShownInlineWithTheFormKept() {
        Document page = session.get("/account/tokens");
        Response refused = session.submit(page.selectFirst("form[aria-label=New token]"), Map.of("name", "x".repeat(101), "days", "30"));
        assertEquals(400, refused.statusCode());
        Document shown = Jsoup.parse(refused.asString());
        assertTrue(shown.getElementById("form-error").text().contains("Invalid token name"));
        assertEquals("x".repeat(101), shown.getElementById("token-name").val());
        assertNotNull(shown.selectFirst("#token-days option[value=30][selected]"));

        refused = session.submit(page.selectFirst("form[aria-label=New token]"), Map.of("name", "lifetime", "days", "forever"));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).getElementById("form-error").text().contains("Invalid expiry"));
    }
}
