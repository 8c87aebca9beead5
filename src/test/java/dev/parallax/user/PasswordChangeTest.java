package dev.parallax.user;

import dev.parallax.audit.AuditEvent;
import dev.parallax.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user changes their own password on /account/password (the current one required, a common one refused, both
 * with the form kept and nothing changed), through the API too; a generated password must be changed first.
 */
@QuarkusTest
class PasswordChangeTest {

    @Inject
    UserService users;
    @Inject
    CommonPasswords common;

    void fresh(String username, String password) {
        User.findByUsername(username).ifPresent(u -> users.delete(username));
        users.create(username, password, "translator");
    }

    static void basicWorks(String user, String password, boolean works) {
        given().auth().preemptive().basic(user, password).get("/api/users").then().statusCode(works ? 403 : 401);
    }

    @Test
    void aTranslatorChangesTheirPasswordOnTheAccountPage() {
        fresh("pw-page", "first page password");
        PageSession session = new PageSession();
        session.signIn("pw-page", "first page password");
        Document page = session.get("/account/password");
        var form = page.selectFirst("form[aria-label=Change password]");

        Response wrong = session.submit(form, Map.of("current", "not my password", "new", "second page password", "repeat", "second page password"));
        assertEquals(400, wrong.statusCode());
        assertTrue(Jsoup.parse(wrong.asString()).getElementById("form-error").text().contains("current password is not right"));
        Response commonOne = session.submit(form, Map.of("current", "first page password", "new", "sunshine2026!", "repeat", "sunshine2026!"));
        assertEquals(400, commonOne.statusCode());
        assertTrue(Jsoup.parse(commonOne.asString()).getElementById("form-error").text().contains("common passwords"));
        Response differ = session.submit(form, Map.of("current", "first page password", "new", "second page password", "repeat", "second page pasword"));
        assertEquals(400, differ.statusCode());
        basicWorks("pw-page", "first page password", true);

        Response ok = session.submit(form, Map.of("current", "first page password", "new", "second page password", "repeat", "second page password"));
        assertEquals(303, ok.statusCode());
        assertTrue(session.follow(ok).getElementById("password-changed").text().contains("changed"));
        basicWorks("pw-page", "first page password", false);
        basicWorks("pw-page", "second page password", true);
        assertEquals("user pw-page", AuditEvent.<AuditEvent>find("action = 'password-changed' order by id desc").firstResult().target);
    }

    @Test
    void theApiChangesItToo() {
        fresh("pw-api", "first api password");
        given().auth().preemptive().basic("pw-api", "first api password").contentType(ContentType.JSON)
                .body(Map.of("current", "wrong", "password", "second api password")).post("/api/account/password")
                .then().statusCode(400).body("error", equalTo("Wrong current password"));
        given().auth().preemptive().basic("pw-api", "first api password").contentType(ContentType.JSON)
                .body(Map.of("current", "first api password", "password", "password123")).post("/api/account/password")
                .then().statusCode(400).body("error", equalTo("Invalid password"));
        given().auth().preemptive().basic("pw-api", "first api password").contentType(ContentType.JSON)
                .body(Map.of("current", "first api password", "password", "second api password")).post("/api/account/password")
                .then().statusCode(204);
        basicWorks("pw-api", "second api password", true);
        given().contentType(ContentType.JSON).body(Map.of("current", "x", "password", "y")).post("/api/account/password").then().statusCode(401);
    }

    @Test
    void aGeneratedPasswordMustBeChangedAtTheFirstSignIn() {
        fresh("pw-generated", "GeneratedLikeThis-83hf");
        users.requirePasswordChange("pw-generated");
        given().auth().preemptive().basic("pw-generated", "GeneratedLikeThis-83hf").get("/api/stories").then().statusCode(403)
                .body("error", equalTo("Password change required"));

        PageSession session = new PageSession();
        session.signIn("pw-generated", "GeneratedLikeThis-83hf");
        Response home = given().cookies(session.cookies()).redirects().follow(false).get("/");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith("/account/password"));
        Document page = session.get("/account/password");
        assertTrue(page.getElementById("password-required").text().contains("choose your own"));
        session.follow(session.submit(page.selectFirst("form[aria-label=Change password]"),
                Map.of("current", "GeneratedLikeThis-83hf", "new", "my own chosen words", "repeat", "my own chosen words")));
        assertFalse(users.mustChangePassword("pw-generated"));
        assertFalse(User.findByUsername("pw-generated").orElseThrow().mustChangePassword);
        assertEquals(200, given().cookies(session.cookies()).get("/").statusCode());
    }

    @Test
    void theCommonPasswordListCatchesListedWordsAndTheirUsualSuffixes() {
        assertTrue(common.size() > 3000);
        for (String p : new String[]{"password", "Password1", "sunshine2026!", "qwertyuiop", "iloveyou!!", "Parallax2026", "12345678"}) {
            assertTrue(common.isCommon(p), p);
        }
        for (String p : new String[]{"correct horse battery", "translator password", "tehran visit 2022", "GeneratedLikeThis-83hf"}) {
            assertFalse(common.isCommon(p), p);
        }
    }
}
