package dev.parallax.story;

import dev.parallax.support.Stories;
import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The story pages, read with jsoup and driven through their real forms (CSRF token included). */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class StoryPagesTest {

    final PageSession session = new PageSession();

    @Test
    void homePageListsTheSeedStory() {
        Document home = session.get("/?sort=title&limit=500");
        Element table = home.selectFirst("table[aria-label=Stories]");
        assertNotNull(table);
        Element link = table.select("a").stream().filter(a -> a.text().equals(Seed.TITLE)).findFirst().orElse(null);
        assertNotNull(link, "seed story listed");
        assertEquals("/stories/" + Seed.storyId(), link.attr("href"));
        assertEquals("5", link.closest("tr").select("td").get(1).text());
    }

    @Test
    void storyPageShowsEveryVersionWithMetadataAndDirection() {
        Document page = session.get("/stories/" + Seed.storyId());
        assertEquals(Seed.TITLE, page.selectFirst("h1").text());
        List<String> outlets = page.select("table[aria-label=Versions] tbody tr td:first-child").eachText();
        assertEquals(List.of("The Syrian Observer", "SANA", "Nournews", "Parallax (translation of SANA)",
                "Parallax (translation of Nournews)"), outlets);
        Element arabic = page.getElementById("version-" + Seed.versionId("sana.ar"));
        assertNotNull(arabic);
        assertEquals(11, arabic.select("p.paragraph").size());
        for (Element p : arabic.select("p.paragraph")) {
            assertEquals("ar", p.attr("lang"));
            assertEquals("rtl", p.attr("dir"));
        }
        assertTrue(arabic.text().contains("translation of SANA (en)"), "kind and source shown: " + arabic.select("dl").text());
        assertTrue(arabic.select("dl").text().contains("2022-05-08"));
        Element persian = page.getElementById("version-" + Seed.versionId("nournews.fa"));
        assertEquals("rtl", persian.selectFirst("p.paragraph").attr("dir"));
        assertEquals("fa", persian.selectFirst("p.paragraph").attr("lang"));
        Element english = page.getElementById("version-" + Seed.versionId("syrian-observer.en"));
        assertEquals("ltr", english.selectFirst("p.paragraph").attr("dir"));
        assertEquals(20, english.select("p.paragraph").size());
        assertTrue(english.selectFirst("p.paragraph").text().startsWith("Khamenei said Syria gained the respect of the world"));
    }

    @Test
    void createStoryAddVersionEditAndDeleteThroughTheForms() {
        Document home = session.get("/");
        Response created = session.submit(home.selectFirst("form[aria-label=New story]"), Map.of("title", "Raisi visits Damascus"));
        Document story = session.follow(created);
        assertEquals("Raisi visits Damascus", story.selectFirst("h1").text());

        Document form = session.get(story.selectFirst("a:containsOwn(Add a version)").attr("href"));
        Response added = session.submitMultipart(form.selectFirst("form[aria-label=New version]"),
                Map.of("outlet", "IRNA", "language", "fa", "kind", "original", "text", "رئیسی وارد دمشق شد.\n\nاو با اسد دیدار کرد."),
                null, null, null, null);
        story = session.follow(added);
        Element version = story.selectFirst("article.version");
        assertEquals(List.of("رئیسی وارد دمشق شد.", "او با اسد دیدار کرد."), version.select("p.paragraph").eachText());
        assertEquals("rtl", version.selectFirst("p.paragraph").attr("dir"));

        Document edit = session.get(version.selectFirst("a:containsOwn(Edit metadata)").attr("href"));
        Element editForm = edit.selectFirst("form[aria-label=Version metadata]");
        assertEquals("IRNA", editForm.selectFirst("input[name=outlet]").val());
        Response saved = session.submit(editForm, Map.of("outlet", "IRNA", "language", "fa", "title", "سفر رئیسی",
                "kind", "original", "translationOf", "", "sourceUrl", "https://www.irna.ir/news/1", "publishedAt", "2023-05-03"));
        story = session.follow(saved);
        assertTrue(story.selectFirst("article.version dl").text().contains("سفر رئیسی"));
        assertTrue(story.selectFirst("article.version dl").text().contains("2023-05-03"));

        Document confirm = session.get(story.selectFirst("article.version a:containsOwn(Delete version)").attr("href"));
        assertTrue(confirm.text().contains("2 paragraphs"));
        story = session.follow(session.submit(confirm.selectFirst("form[aria-label=Confirm deletion]"), Map.of()));
        assertTrue(story.select("article.version").isEmpty());

        confirm = session.get(story.selectFirst("a:containsOwn(Delete story)").attr("href"));
        Document after = session.follow(session.submit(confirm.selectFirst("form[aria-label=Confirm deletion]"), Map.of()));
        assertFalse(after.text().contains("Raisi visits Damascus"));
    }

    @Test
    void uploadAVersionFileThroughTheForm() {
        long story = Stories.createStory("Upload through the form").getLong("id");
        Document form = session.get("/stories/" + story + "/versions/new");
        String file = "---\noutlet: Nournews\nlanguage: en\ntitle: Assad in Tehran\n---\n\nAssad met Khamenei.\n\nHe flew home.\n";
        Document page = session.follow(session.submitMultipart(form.selectFirst("form[aria-label=New version]"),
                Map.of("outlet", "", "language", ""), "file", "nournews.en.txt", file.getBytes(StandardCharsets.UTF_8), "text/plain"));
        assertEquals(List.of("Assad met Khamenei.", "He flew home."), page.select("p.paragraph").eachText());
        assertTrue(page.select("table[aria-label=Versions]").text().contains("Nournews"));
    }

    @Test
    void refusedSubmissionsShowTheMessageInlineAndKeepTheInput() {
        long story = Stories.createStory("Inline errors").getLong("id");
        Document form = session.get("/stories/" + story + "/versions/new");
        Response refused = session.submitMultipart(form.selectFirst("form[aria-label=New version]"),
                Map.of("outlet", "SANA", "language", "arabic!", "text", "نص عربي."), null, null, null, null);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertTrue(page.getElementById("form-error").text().contains("not a well-formed BCP 47"));
        assertEquals("SANA", page.selectFirst("input[name=outlet]").val());
        assertEquals("نص عربي.", page.selectFirst("textarea[name=text]").text());

        refused = session.submitMultipart(form.selectFirst("form[aria-label=New version]"),
                Map.of("outlet", "SANA", "language", "ar"), "file", "report.pdf", new byte[]{37, 80, 68, 70}, "application/pdf");
        assertEquals(415, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).getElementById("form-error").text().contains("report.pdf"));

        Document home = session.get("/");
        refused = session.submit(home.selectFirst("form[aria-label=New story]"), Map.of("title", "  "));
        assertEquals(400, refused.statusCode());
        assertNotNull(Jsoup.parse(refused.asString()).getElementById("form-error"));
        given().get("/api/stories/" + story).then().statusCode(200).body("versions.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        int before = dev.parallax.support.Stories.all().getList("$").size();
        given().contentType("application/x-www-form-urlencoded").formParam("title", "Forged").redirects().follow(false)
                .post("/stories").then().statusCode(400);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/stories/" + Seed.storyId() + "/delete").then().statusCode(400);
        assertEquals(before, dev.parallax.support.Stories.all().getList("$").size());
    }

    @Test
    void htmlInArticleTextIsShownAsText() {
        long story = Stories.createStory("<script>alert('title')</script>").getLong("id");
        Stories.addVersion(story, Map.of("outlet", "<b>Outlet</b>", "language", "en",
                "text", "<script>alert('x')</script> and <img src=x onerror=alert(1)>"));
        String html = given().get("/stories/" + story).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script:containsData(alert)").isEmpty(), "no script from user text");
        assertTrue(page.select("img[onerror]").isEmpty());
        assertEquals("<script>alert('x')</script> and <img src=x onerror=alert(1)>", page.selectFirst("p.paragraph").text());
        assertEquals("<script>alert('title')</script>", page.selectFirst("h1").text());
    }

    @Test
    void unknownPagesAre404WithAReadablePage() {
        var response = given().get("/stories/987654321").then().statusCode(404).extract();
        assertTrue(response.contentType().startsWith("text/html"));
        assertTrue(Jsoup.parse(response.asString()).text().contains("Story not found"));
    }
}
