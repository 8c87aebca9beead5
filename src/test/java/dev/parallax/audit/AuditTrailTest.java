package dev.parallax.audit;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail end to end: real changes through the API (users and roles, a deletion and its restore, an
 * export, an alignment correction, an import) land in it with who, what and from where; an admin filters them on
 * /admin/audit and exports them as CSV (formulas defused); nobody else sees it; nothing changes an event.
 */
@QuarkusTest
class AuditTrailTest {

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD);
    }

    static AuditEvent latest(String action) {
        return AuditEvent.<AuditEvent>find("action = ?1 order by id desc", action).firstResult();
    }

    @Test
    void changesAreRecordedWithWhoWhatAndWhere() {
        admin().contentType(ContentType.JSON).body(Map.of("username", "audited-user", "password", "audited user password", "role", "viewer"))
                .post("/api/users").then().statusCode(201);
        AuditEvent created = latest("user-created");
        assertEquals("admin", created.actor);
        assertEquals("user audited-user", created.target);
        assertEquals("role viewer", created.detail);
        assertNotNull(created.address);

        admin().contentType(ContentType.JSON).body(Map.of("role", "editor")).patch("/api/users/audited-user").then().statusCode(200);
        assertEquals("role viewer → editor", latest("user-changed").detail);
        admin().delete("/api/users/audited-user").then().statusCode(204);
        assertEquals("user audited-user", latest("user-deleted").target);

        long token = admin().contentType(ContentType.JSON).body(Map.of("name", "audit script")).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("token " + token + " 'audit script'", latest("token-created").detail);
        admin().delete("/api/tokens/" + token).then().statusCode(org.hamcrest.Matchers.lessThan(300));
        assertEquals("user admin", latest("token-revoked").target);

        long story = Stories.createStoryAs("=HYPERLINK(\"http://example.invalid\",\"audit\")");
        admin().delete("/api/stories/" + story).then().statusCode(204);
        assertEquals("story " + story, latest("story-deleted").target);
        admin().contentType(ContentType.JSON).post("/api/trash/stories/" + story + "/restore").then().statusCode(200);
        assertEquals("story " + story, latest("story-restored").target);

        String versions = Seed.versionId("sana.en") + "," + Seed.versionId("sana.ar");
        given().get("/api/stories/" + Seed.storyId() + "/export?format=csv&versions=" + versions).then().statusCode(200);
        AuditEvent export = latest("exported");
        assertEquals("anonymous", export.actor, "exports are open to readers, and still recorded");
        assertEquals("csv, versions [" + Seed.versionId("sana.en") + ", " + Seed.versionId("sana.ar") + "]", export.detail);

        byte[] tmx = given().get("/api/stories/" + Seed.storyId() + "/export?format=tmx&versions=" + versions).asByteArray();
        long imported = admin().contentType("application/x-tmx+xml").body(tmx).post("/api/stories/import?filename=audit.tmx&title=Audit import")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("story " + imported, latest("imported").target);

        admin().contentType(ContentType.JSON).body(Map.of("row", 0)).post("/api/stories/" + imported + "/alignment/release").then().statusCode(200);
        AuditEvent correction = latest("alignment-corrected");
        assertEquals("story " + imported, correction.target);
        assertTrue(correction.detail.startsWith("released row 1"), correction.detail);
        admin().delete("/api/stories/" + imported).then().statusCode(204);
    }

    @Test
    void adminsFilterAndExportTheTrailAndNoOneElseSeesIt() {
        long story = Stories.createStoryAs("=cmd|' /C calc'!A0 audit");
        admin().delete("/api/stories/" + story).then().statusCode(204);

        PageSession session = new PageSession();
        session.signIn("admin", Stories.ADMIN_PASSWORD);
        Document deletions = session.get("/admin/audit?action=story-deleted&actor=admin");
        List<String> rows = deletions.select("table[aria-label=Audit events] tbody tr").eachText();
        assertTrue(rows.get(0).contains("deleted story") && rows.get(0).contains("story " + story), rows.get(0));
        assertTrue(rows.stream().allMatch(r -> r.contains("deleted story")), "only deletions: " + rows);
        assertEquals("story-deleted", deletions.selectFirst("#audit-action option[selected]").val());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertTrue(session.get("/admin/audit?from=" + today + "&target=story " + story).select("tbody tr").size() >= 1);
        assertTrue(session.get("/admin/audit?from=" + tomorrow).select("table[aria-label=Audit events] tbody tr td.empty").size() == 1);

        Response bad = given().cookies(cookiesOf(session)).get("/admin/audit?from=yesterday");
        assertEquals(400, bad.statusCode());
        assertTrue(Jsoup.parse(bad.asString()).getElementById("form-error").text().contains("not a date"));

        Response csv = given().cookies(cookiesOf(session)).get("/admin/audit/csv?action=story-deleted");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        String text = csv.asString();
        assertTrue(text.startsWith("time (UTC),user,address,action,target,detail\r\n"), text);
        assertTrue(text.contains(",admin,") && text.contains("story " + story), text);
        assertTrue(text.contains("\"'=cmd|' /C calc'!A0 audit\"") || text.contains("'=cmd|' /C calc'!A0 audit"),
                "a formula-looking title is defused: " + text);

        Response anonymous = given().redirects().follow(false).get("/admin/audit");
        assertTrue(anonymous.statusCode() / 100 == 3 && anonymous.header("Location").contains("/login"), "anonymous: to the sign-in page");
        if (given().auth().preemptive().basic("audit-editor", "audit editor password").get("/api/stories").statusCode() == 401) {
            admin().contentType(ContentType.JSON).body(Map.of("username", "audit-editor", "password", "audit editor password", "role", "editor"))
                    .post("/api/users").then().statusCode(201);
        }
        PageSession editor = new PageSession();
        editor.signIn("audit-editor", "audit editor password");
        assertEquals(403, given().cookies(editor.cookies()).redirects().follow(false).get("/admin/audit").statusCode());
        assertEquals(403, given().cookies(editor.cookies()).redirects().follow(false).get("/admin/audit/csv").statusCode());
    }

    @Test
    void eventsCannotBeChanged() {
        Stories.createStoryAs("Immutable audit");
        AuditEvent any = AuditEvent.<AuditEvent>find("order by id desc").firstResult();
        String actor = any.actor;
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEvent e = AuditEvent.findById(any.id);
            e.actor = "someone else";
        });
        assertEquals(actor, QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(any.id).actor));
        // and there is no route that would: the page only reads
        PageSession session = new PageSession();
        session.signIn("admin", Stories.ADMIN_PASSWORD);
        Document page = session.get("/admin/audit");
        assertTrue(page.select("main form[method=post]").isEmpty(), "no form on the audit page changes anything");
        assertEquals(405, given().cookies(cookiesOf(session)).contentType("application/x-www-form-urlencoded").post("/admin/audit").statusCode());
    }

    static Map<String, String> cookiesOf(PageSession session) {
        return session.cookies();
    }
}
