package dev.parallax.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.parallax.audit.AuditEvent;
import dev.parallax.support.PageSession;
import org.jsoup.nodes.Document;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in cookie's flags, over HTTP and over HTTPS behind a proxy, and signing out. */
@QuarkusTest
class SessionCookieTest {

    static final String PASSWORD = "cookie flags password";

    @Inject
    UserService users;

    @BeforeEach
    void user() {
        if (User.findByUsername("cookie-tester").isEmpty()) {
            users.create("cookie-tester", PASSWORD, "editor");
        }
    }

    static String credentialCookie(Response r) {
        List<String> set = r.headers().getValues("Set-Cookie");
        return set.stream().filter(c -> c.startsWith("quarkus-credential=")).map(c -> c.replace("HTTPOnly", "HttpOnly")).findFirst()
                .orElseThrow(() -> new AssertionError("no sign-in cookie in " + set));
    }

    static Response signIn(boolean https) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "cookie-tester").formParam("j_password", PASSWORD);
        if (https) {
            request = request.header("X-Forwarded-Proto", "https");
        }
        Response r = request.post("/j_security_check");
        assertEquals(302, r.statusCode());
        return r;
    }

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndStrictButNotSecure() {
        String cookie = credentialCookie(signIn(false));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "a Secure cookie would never come back over plain HTTP: " + cookie);
    }

    @Test
    void behindAnHttpsProxyTheCookieIsAlsoSecure() {
        Response r = signIn(true);
        String cookie = credentialCookie(r);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"), cookie);
        assertTrue(r.header("Location").startsWith("https://"), r.header("Location"));
    }

    @Test
    void bothCookiesAreHttpOnlyAndStrict() {
        Response r = signIn(true);
        String session = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("parallax-session="))
                .map(c -> c.replace("HTTPOnly", "HttpOnly")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Strict") && session.contains("Secure"), session);
    }

    @Test
    void signingOutEndsTheSessionInEveryBrowser() {
        PageSession laptop = new PageSession();
        PageSession phone = new PageSession();
        laptop.signIn("cookie-tester", PASSWORD);
        phone.signIn("cookie-tester", PASSWORD);
        Map<String, String> copied = phone.cookies();
        assertTrue(phone.get("/").text().contains("Signed in as cookie-tester"));
        assertTrue(laptop.get("/").text().contains("Signed in as cookie-tester"));

        Document confirm = laptop.get("/logout");
        Response out = laptop.submit(confirm.selectFirst("form[aria-label=Sign out]"), Map.of());
        assertEquals(303, out.statusCode());
        String cleared = credentialCookie(out);
        assertTrue(cleared.contains("Max-Age=0") && cleared.contains("HttpOnly") && cleared.contains("SameSite=Strict"), cleared);

        // the other browser, and anyone holding a copy of its cookies, is signed out too
        Response after = given().cookies(copied).redirects().follow(false).get("/");
        assertTrue(after.statusCode() / 100 == 3 && after.header("Location").contains("/login"), after.statusCode() + " " + after.header("Location"));
        assertTrue(after.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("quarkus-credential=;") || c.startsWith("quarkus-credential=\"\";")
                || (c.startsWith("quarkus-credential=") && c.contains("Max-Age=0"))), after.headers().getValues("Set-Cookie").toString());
        given().cookies(copied).redirects().follow(false).contentType(io.restassured.http.ContentType.JSON).get("/account/password")
                .then().statusCode(org.hamcrest.Matchers.not(200));
        assertEquals(0L, UserSession.count("username", "cookie-tester"));
        assertTrue(AuditEvent.<AuditEvent>find("action = 'sign-out' order by id desc").firstResult().detail.endsWith("sessions ended"));

        // signing in again works
        PageSession again = new PageSession();
        again.signIn("cookie-tester", PASSWORD);
        assertTrue(again.get("/").text().contains("Signed in as cookie-tester"));
    }
}
