package dev.parallax.user;

import dev.parallax.audit.AuditEvent;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 20 wrong passwords for one account from one address (half through the sign-in form, half through API Basic):
 * the first few are answered at once, then each waits longer, up to the cap (the test profile's 100 ms doubling
 * to 500 ms); the real user, from another address, still signs in, slowed by at most the account cap; and every
 * failure is in the audit trail, with the address, where the admin page shows it.
 */
@QuarkusTest
class SignInThrottlingTest {

    static final String ATTACKER = "203.0.113.9";
    static final String USER_ADDRESS = "198.51.100.4";
    static final String PASSWORD = "throttled but not locked";

    @Inject
    UserService users;
    @Inject
    SignInGuard guard;

    @BeforeEach
    void user() {
        guard.throttle().reset();
        if (User.findByUsername("throttle-target").isEmpty()) {
            users.create("throttle-target", PASSWORD, "editor");
        }
    }

    @AfterEach
    void forget() {
        guard.throttle().reset(); // the other tests sign in from this machine
    }

    static Response formSignIn(String password, String from) {
        return given().redirects().follow(false).header("X-Forwarded-For", from).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "throttle-target").formParam("j_password", password).post("/j_security_check");
    }

    static Response basic(String password, String from) {
        return given().auth().preemptive().basic("throttle-target", password).header("X-Forwarded-For", from).get("/api/users");
    }

    @Test
    void twentyFailedSignInsAreSlowedAuditedAndShownToAnAdmin() throws Exception {
        long before = AuditEvent.count("action = 'sign-in-failed' and actor = 'throttle-target'");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            if (i % 2 == 0) {
                Response r = formSignIn("guess number " + i, ATTACKER);
                assertEquals(302, r.statusCode());
                assertTrue(r.header("Location").contains("/login?error"), r.header("Location"));
            } else {
                basic("guess number " + i, ATTACKER).then().statusCode(401);
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        // each attempt took at least the wait the throttle imposed: 100, 200, 400 ms, then the 500 ms cap
        for (int i = 6; i < 20; i++) {
            assertTrue(millis.get(i) >= 480, "attempt " + (i + 1) + " waited the cap: " + millis);
        }

        // the real user at their own address is slowed only by the account's cap ...
        long start = System.nanoTime();
        Response signedIn = formSignIn(PASSWORD, USER_ADDRESS);
        long userMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(302, signedIn.statusCode());
        assertTrue(!signedIn.header("Location").contains("error"), signedIn.header("Location"));
        assertTrue(userMillis >= 240, "the account's cap, 250 ms: " + userMillis);

        // ... and the right password works even from the guessing address (a delay, not a lock-out)
        start = System.nanoTime();
        basic(PASSWORD, ATTACKER).then().statusCode(403); // signed in: an editor may not list users
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 480, "but it waits too");
        // every failure in the audit trail (written just after the answer), with where it came from
        long deadline = System.currentTimeMillis() + 10_000;
        while (AuditEvent.count("action = 'sign-in-failed' and actor = 'throttle-target'") < before + 20 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        List<AuditEvent> failures = AuditEvent.list("action = 'sign-in-failed' and actor = 'throttle-target' order by id desc");
        assertTrue(failures.size() >= before + 20, failures.size() + " failures audited");
        assertEquals(ATTACKER, failures.get(0).address);
        // in the order they happened: the n-th failure saw n recent failures of the account
        List<String> waits = failures.stream().limit(20)
                .sorted(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.detail.replaceAll(".*; (\\d+) recent failures.*", "$1"))))
                .map(e -> e.detail.replaceAll("^(\\w+), waited (\\d+) ms;.*", "$1 $2")).toList();
        assertEquals(List.of("form 0", "basic 0", "form 0", "basic 100", "form 200", "basic 400", "form 500", "basic 500"),
                waits.subList(0, 8), "the first three are free, then the wait doubles up to the cap: " + waits);
        assertTrue(waits.subList(8, 20).stream().allMatch(w -> w.endsWith(" 500")), waits.toString());
        while (AuditEvent.count("action = 'sign-in' and actor = 'throttle-target'") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        AuditEvent signIn = AuditEvent.<AuditEvent>find("action = 'sign-in' and actor = 'throttle-target' order by id desc").firstResult();
        assertEquals(USER_ADDRESS, signIn.address);
        assertEquals("form, waited 250 ms", signIn.detail, "the real user waited the account's cap only");

        // the admin sees them: a count on /admin, and the events on /admin/audit
        Document admin = Jsoup.parse(adminPage("/admin"));
        assertTrue(Long.parseLong(admin.getElementById("failed-sign-ins").text()) >= 20, admin.getElementById("failed-sign-ins").text());
        Document audit = Jsoup.parse(adminPage("/admin/audit?action=sign-in-failed&actor=throttle-target"));
        assertTrue(audit.select("table[aria-label=Audit events] tbody tr").size() >= 20);
        assertTrue(audit.select("table[aria-label=Audit events] tbody tr").get(0).text().contains(ATTACKER));
    }

    /** An admin's page, signed in through the form as a person would. */
    static String adminPage(String path) {
        var cookies = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", Stories.ADMIN_PASSWORD).post("/j_security_check")
                .getCookies();
        return given().cookies(cookies).get(path).then().statusCode(200).extract().asString();
    }
}
