package dev.parallax.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

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
    void signingOutClearsTheCookie() {
        String value = signIn(false).getCookie("quarkus-credential");
        assertNotNull(value);
        var page = given().cookie("quarkus-credential", value).get("/logout");
        String token = org.jsoup.Jsoup.parse(page.asString()).selectFirst("form[aria-label=Sign out] input[type=hidden]").val();
        Response out = given().redirects().follow(false).cookie("quarkus-credential", value).cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token).post("/logout");
        assertEquals(303, out.statusCode());
        String cleared = credentialCookie(out);
        assertTrue(cleared.contains("Max-Age=0") && cleared.contains("HttpOnly") && cleared.contains("SameSite=Strict"), cleared);
    }
}
