package dev.parallax.user;

import dev.parallax.support.PageSession;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin page: users and roles through its forms, and restoring from the trash. */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "translator", "viewer"})
class AdminPageTest {

    final PageSession session = new PageSession();

    @Test
    void createAUserChangeItsRoleAndRefuseBadInput() {
        Document page = session.get("/admin");
        Document after = session.follow(session.submit(page.selectFirst("form[aria-label=New user]"),
                Map.of("username", "page-reviewer", "password", "reviewer password", "role", "translator")));
        assertTrue(after.select("table[aria-label=Users] td").eachText().contains("page-reviewer"));
        after = session.follow(session.submit(after.selectFirst("form[aria-label=Update page-reviewer]"), Map.of("role", "editor", "password", "")));
        assertEquals("editor", User.<User>find("username", "page-reviewer").firstResult().role);

        Response refused = session.submit(after.selectFirst("form[aria-label=New user]"),
                Map.of("username", "x y", "password", "short", "role", "translator"));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).getElementById("form-error").text().contains("Invalid username"));
    }

    @Test
    void aDeletedStoryIsRestoredFromTheTrash() {
        long story = Stories.createStoryAs("Trash page story");
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/stories/" + story).then().statusCode(204);
        Document page = session.get("/admin");
        assertTrue(page.selectFirst("table[aria-label=Deleted stories and versions]").text().contains("Trash page story"));
        session.follow(session.submit(page.selectFirst("form[aria-label=Restore story " + story + "]"), Map.of()));
        given().get("/api/stories/" + story).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "someone", roles = {"editor", "translator", "viewer"})
    void editorsDoNotSeeTheAdminPage() {
        given().redirects().follow(false).get("/admin").then().statusCode(403);
    }
}
