package dev.parallax.user;

import dev.parallax.support.Seed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal API tokens end to end over HTTP, and the remembered Basic credentials. */
@QuarkusTest
class ApiTokenTest {

    static final String PASSWORD = "token test password";

    @Inject
    UserService users;
    @Inject
    CredentialCache credentials;
    @Inject
    ApiTokenService tokens;
    @Inject
    CredentialChanges changes;

    @BeforeEach
    void users() {
        for (String role : new String[]{"viewer", "editor"}) {
            if (User.findByUsername("tok-" + role).isEmpty()) {
                users.create("tok-" + role, PASSWORD, role);
            }
        }
    }

    static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, PASSWORD);
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static String newToken(String user, String name) {
        return basic(user).contentType(ContentType.JSON).body(Map.of("name", name, "expiresInDays", 30)).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndActsWithItsUsersRole() {
        var created = basic("tok-editor").contentType(ContentType.JSON).body(Map.of("name", "wires import", "expiresInDays", 30))
                .post("/api/tokens").then().statusCode(201).header("Cache-Control", "no-store")
                .body("name", equalTo("wires import")).extract().jsonPath();
        String token = created.getString("token");
        assertTrue(token.matches("pxt_[A-Za-z0-9_-]{43}"), token);
        long id = created.getLong("id");

        ApiToken stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.findById(id));
        assertNotEquals(token, stored.tokenHash);
        assertEquals(ApiTokenService.sha256(token), stored.tokenHash);
        assertTrue(stored.expiresAt.isAfter(OffsetDateTime.now().plusDays(29)) && stored.expiresAt.isBefore(OffsetDateTime.now().plusDays(31)));

        long story = bearer(token).contentType(ContentType.JSON).body(Map.of("title", "Written with a token"))
                .post("/api/stories").then().statusCode(201).extract().jsonPath().getLong("id");
        bearer(token).get("/api/stories/" + story).then().statusCode(200).body("title", equalTo("Written with a token"));

        // the list never shows the secret again, and shows the last use
        bearer(token).get("/api/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.lastUsedAt", notNullValue())
                .body("find { it.id == " + id + " }.status", equalTo("active"))
                .body("find { it.id == " + id + " }.token", nullValue())
                .body("find { it.id == " + id + " }.prefix", equalTo(token.substring(0, 8)));
        // a token cannot make more tokens
        bearer(token).contentType(ContentType.JSON).body(Map.of("name", "child")).post("/api/tokens").then().statusCode(403)
                .body("error", equalTo("Password needed"));
        // another user cannot see or revoke it
        basic("tok-viewer").get("/api/tokens").then().statusCode(200).body("id", not(hasItem((int) id)));
        basic("tok-viewer").delete("/api/tokens/" + id).then().statusCode(404);
    }

    @Test
    void aViewersTokenReadsButCannotWrite() {
        String token = newToken("tok-viewer", "reader");
        bearer(token).get("/api/stories/" + Seed.storyId()).then().statusCode(200);
        bearer(token).contentType(ContentType.JSON).body(Map.of("title", "Viewer")).post("/api/stories").then().statusCode(403)
                .body("error", equalTo("Forbidden"));
    }

    @Test
    void revokedExpiredMalformedAndUnknownTokensAre401WithAReason() {
        String token = newToken("tok-editor", "to revoke");
        long id = basic("tok-editor").get("/api/tokens").then().extract().jsonPath().getLong("find { it.name == 'to revoke' }.id");
        basic("tok-editor").delete("/api/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/stories").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("error", equalTo("Token revoked")).body("detail", containsString("to revoke"));
        basic("tok-editor").get("/api/tokens").then().body("find { it.id == " + id + " }.status", equalTo("revoked"));

        String old = newToken("tok-editor", "to expire");
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("expiresAt = ?1 where tokenHash = ?2",
                OffsetDateTime.now().minusDays(1), ApiTokenService.sha256(old)));
        bearer(old).contentType(ContentType.JSON).body(Map.of("title", "Too late")).post("/api/stories").then().statusCode(401)
                .body("error", equalTo("Token expired"));

        bearer("not-a-token").get("/api/stories").then().statusCode(401).body("error", equalTo("Malformed token"));
        bearer("").get("/api/stories").then().statusCode(401).body("error", equalTo("Malformed token"));
        bearer("pxt_" + "A".repeat(43)).get("/api/stories").then().statusCode(401).body("error", equalTo("Unknown token"));
        given().header("Authorization", "Digest x=1").get("/api/stories").then().statusCode(401)
                .body("error", equalTo("Unsupported authorization"));
        given().header("Authorization", "Basic !!!").get("/api/stories").then().statusCode(401)
                .body("error", equalTo("Malformed Basic credentials"));
    }

    @Test
    void badTokenRequestsAreRefusedAndStoreNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> ApiToken.count());
        basic("tok-editor").contentType(ContentType.JSON).body(Map.of("name", "  ")).post("/api/tokens").then().statusCode(400)
                .body("error", equalTo("Invalid token name"));
        basic("tok-editor").contentType(ContentType.JSON).body(Map.of("name", "x", "expiresInDays", 0)).post("/api/tokens")
                .then().statusCode(400).body("error", equalTo("Invalid expiry"));
        basic("tok-editor").contentType(ContentType.JSON).body(Map.of("name", "x", "expiresInDays", 1000)).post("/api/tokens")
                .then().statusCode(400).body("error", equalTo("Invalid expiry"));
        basic("tok-editor").contentType(ContentType.JSON).body("{\"name\":").post("/api/tokens").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("name", "anonymous")).post("/api/tokens").then().statusCode(401);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> ApiToken.count()));
        newToken("tok-editor", "twice");
        basic("tok-editor").contentType(ContentType.JSON).body(Map.of("name", "Twice")).post("/api/tokens").then().statusCode(409)
                .body("error", equalTo("Token name taken"));
    }

    @Test
    void aRoleChangeAppliesToTokensAtOnce() {
        users.create("tok-demoted", PASSWORD, "editor");
        String token = newToken("tok-demoted", "demoted");
        bearer(token).contentType(ContentType.JSON).body(Map.of("title", "Before demotion")).post("/api/stories").then().statusCode(201);
        users.update("tok-demoted", "viewer", null);
        bearer(token).contentType(ContentType.JSON).body(Map.of("title", "After demotion")).post("/api/stories").then().statusCode(403);
        users.delete("tok-demoted");
        bearer(token).get("/api/stories").then().statusCode(401).body("error", equalTo("Unknown token"));
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItIsRevokedHereOrOnAnotherInstance() {
        changes.poll(); // the counter was just read: remembered tokens count
        String token = newToken("tok-editor", "remembered");
        bearer(token).get("/api/stories/" + Seed.storyId()).then().statusCode(200); // read from the database
        long hits = tokens.hits();
        for (int i = 0; i < 3; i++) {
            bearer(token).get("/api/stories/" + Seed.storyId()).then().statusCode(200);
        }
        assertEquals(hits + 3, tokens.hits(), "three requests answered from memory");
        // revoked here: forgotten at once
        long id = basic("tok-editor").get("/api/tokens").then().extract().jsonPath().getLong("find { it.name == 'remembered' }.id");
        basic("tok-editor").delete("/api/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/stories/" + Seed.storyId()).then().statusCode(401).body("error", equalTo("Token revoked"));

        // revoked on another instance: the row and the shared counter change in the database, not here
        changes.poll(); // sees the revocation above (as the scheduler would within a second): starts afresh
        String other = newToken("tok-editor", "revoked elsewhere");
        bearer(other).get("/api/stories/" + Seed.storyId()).then().statusCode(200);
        long before = tokens.hits();
        bearer(other).get("/api/stories/" + Seed.storyId()).then().statusCode(200);
        assertEquals(before + 1, tokens.hits(), "remembered");
        QuarkusTransaction.requiringNew().run(() -> {
            ApiToken.update("revokedAt = ?1 where tokenHash = ?2", OffsetDateTime.now(), ApiTokenService.sha256(other));
            ApiToken.getEntityManager().createNativeQuery("update credential_epoch set epoch = epoch + 1 where id = 1").executeUpdate();
        });
        changes.poll(); // what every instance does each second
        bearer(other).get("/api/stories/" + Seed.storyId()).then().statusCode(401).body("error", equalTo("Token revoked"));
    }

    @Test
    void basicIsVerifiedOnceThenRememberedAndForgottenWhenThePasswordChanges() {
        users.create("tok-basic", PASSWORD, "editor");
        long verified = credentials.verifications();
        long hits = credentials.hits();
        for (int i = 0; i < 3; i++) {
            basic("tok-basic").contentType(ContentType.JSON).body(Map.of("title", "Basic " + i)).post("/api/stories").then().statusCode(201);
        }
        assertEquals(verified + 1, credentials.verifications(), "bcrypt ran once for three requests");
        assertEquals(hits + 2, credentials.hits());

        given().auth().preemptive().basic("tok-basic", "wrong password").get("/api/stories").then().statusCode(401)
                .body("error", equalTo("Wrong user name or password"));
        users.update("tok-basic", null, "a new password");
        basic("tok-basic").contentType(ContentType.JSON).body(Map.of("title", "Old password")).post("/api/stories").then().statusCode(401);
        given().auth().preemptive().basic("tok-basic", "a new password").contentType(ContentType.JSON).body(Map.of("title", "New password"))
                .post("/api/stories").then().statusCode(201);
        users.update("tok-basic", "viewer", null);
        given().auth().preemptive().basic("tok-basic", "a new password").contentType(ContentType.JSON).body(Map.of("title", "Viewer now"))
                .post("/api/stories").then().statusCode(403);
        users.delete("tok-basic");
    }
}
