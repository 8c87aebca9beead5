package dev.parallax.term;

import dev.parallax.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/terms and /terms with the seed story's names: search across spellings, edits by editors only, exchange, bad input. */
@QuarkusTest
class TermApiTest {

    static byte[] sample() throws IOException {
        try (InputStream in = TermApiTest.class.getResourceAsStream("/termbase-sample.csv")) {
            return in.readAllBytes();
        }
    }

    static void importSample() throws IOException {
        given().contentType("text/csv").body(sample()).post("/api/terms/import?format=csv").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
    void searchFindsAConceptInAnyLanguageIgnoringSpellingVariants() throws IOException {
        importSample();
        // Persian ی in an Arabic-spelt query, no ZWNJ, upper case: all find their concept
        for (String q : List.of("رئیسی", "خامنه ای".replace(" ", ""), "RAISI", "al assad")) {
            JsonPath found = given().queryParam("q", q).get("/api/terms").then().statusCode(200).extract().jsonPath();
            assertTrue(found.getList("key").size() >= 1, q);
        }
        given().queryParam("q", "رئيسي").queryParam("language", "ar").get("/api/terms").then()
                .body("key", equalTo(List.of("person-ebrahim-raisi")))
                .body("[0].terms.find { it.text == 'Raeisi' }.status", equalTo("forbidden"));
    }

    @Test
    @TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
    void createUpdateDeleteWithDuplicatesMerged() {
        Map<String, Object> body = Map.of("domain", "place", "definition", "A city in Iran",
                "terms", List.of(Map.of("language", "en", "text", "Mashhad", "status", "preferred"),
                        Map.of("language", "fa", "text", "مشهد", "status", "preferred"),
                        Map.of("language", "EN", "text", " mashhad ", "status", "admitted", "note", "same city")));
        Response created = given().contentType(ContentType.JSON).body(body).post("/api/terms");
        created.then().statusCode(201).body("key", org.hamcrest.Matchers.matchesPattern("place-mashhad(-\\d+)?")).body("terms", hasSize(2))
                .body("terms[0].note", equalTo("same city")).body("terms[0].status", equalTo("preferred"));
        long id = created.jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("domain", "place", "terms",
                List.of(Map.of("language", "ar", "text", "مشهد", "status", "preferred")))).put("/api/terms/" + id)
                .then().statusCode(200).body("terms.language", equalTo(List.of("ar"))).body("key", equalTo(created.jsonPath().getString("key")));
        given().delete("/api/terms/" + id).then().statusCode(204);
        given().get("/api/terms/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
    void badInputIs400NamingTheFieldOrLineAndStoresNothing() {
        long before = given().get("/api/terms?limit=1000").jsonPath().getList("id").size();
        given().contentType(ContentType.JSON).body(Map.of("domain", "place", "terms", List.of())).post("/api/terms")
                .then().statusCode(400).body("error", equalTo("Invalid concept")).body("detail", containsString("terms"));
        given().contentType(ContentType.JSON).body(Map.of("domain", "place", "terms",
                List.of(Map.of("language", "en", "text", "x".repeat(301))))).post("/api/terms")
                .then().statusCode(400).body("detail", containsString("terms[0].text"));
        given().contentType(ContentType.JSON).body(Map.of("domain", "place", "terms",
                List.of(Map.of("language", "english!", "text", "Zabol")))).post("/api/terms")
                .then().statusCode(400).body("detail", containsString("term 1: 'english!' is not a well-formed BCP 47"));
        given().contentType(ContentType.JSON).body(Map.of("domain", "place", "terms",
                List.of(Map.of("language", "en", "text", "Zabol", "status", "liked")))).post("/api/terms")
                .then().statusCode(400).body("detail", containsString("terms[0].status"));
        String csv = "concept,domain,definition,language,term,status,part_of_speech,outlet,note\n"
                + "place-zabol,place,,en,Zabol,preferred,,,\nplace-zabol,,,fa,,preferred,,,\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/terms/import?format=csv")
                .then().statusCode(400).body("detail", equalTo("line 2, term 2: the term is empty."));
        String tbx = "<!DOCTYPE tbx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><tbx><text><body><conceptEntry id=\"place-zabol\">"
                + "<langSec xml:lang=\"en\"><termSec><term>&e;</term></termSec></langSec></conceptEntry></body></text></tbx>";
        given().contentType("application/xml").body(tbx.getBytes(StandardCharsets.UTF_8)).post("/api/terms/import?format=tbx")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.anyOf(equalTo("Refused XML"), equalTo("Malformed XML")));
        assertEquals(before, given().get("/api/terms?limit=1000").jsonPath().getList("id").size(), "nothing stored");
        assertEquals(0, given().queryParam("q", "Zabol").get("/api/terms").jsonPath().getList("id").size());
    }

    @Test
    @TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
    void tbxExportedAndImportedGivesTheSameConcepts() throws IOException {
        importSample();
        byte[] tbx = given().get("/api/terms/export?format=tbx").then().statusCode(200)
                .header("Content-Type", containsString("tbx")).extract().asByteArray();
        String before = given().get("/api/terms/export?format=csv").asString();
        given().contentType("application/xml").body(tbx).post("/api/terms/import?format=tbx").then().statusCode(200)
                .body("created", equalTo(0));
        assertEquals(before, given().get("/api/terms/export?format=csv").asString());
        assertTrue(before.contains("person-ali-khamenei,,,fa,علی خامنه‌ای,preferred,proper noun,,"), before);
    }

    /** New concepts are stored in batches: every field, the terms' order and their folding for search as one by one. */
    @Test
    @TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
    void newConceptsOfAnImportAreStoredWhole() {
        String a = "place-batch-" + System.nanoTime();
        String b = "person-batch-" + System.nanoTime();
        String csv = "concept,domain,definition,language,term,status,part_of_speech,outlet,note\n"
                + a + ",place,A district of Tehran,en,Tajrish Batch,preferred,proper noun,,\n"
                + a + ",place,A district of Tehran,fa,تجریش‌بچ,preferred,,,written with a ZWNJ\n"
                + a + ",place,A district of Tehran,ar,تجريش بتش,admitted,,SANA,\n"
                + b + ",person,,en,Batchman Qasemi,preferred,,,\n"
                + b + ",person,,en,Batchmann Ghasemi,forbidden,,,an old spelling\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/terms/import?format=csv").then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("terms", equalTo(5));
        given().queryParam("q", "تجريش").get("/api/terms").then().statusCode(200)
                .body("key", equalTo(List.of(a)))
                .body("[0].definition", equalTo("A district of Tehran"))
                .body("[0].terms.text", equalTo(List.of("Tajrish Batch", "تجریش‌بچ", "تجريش بتش")))
                .body("[0].terms[1].note", equalTo("written with a ZWNJ"))
                .body("[0].terms[2].outlet", equalTo("SANA"))
                .body("[0].terms[2].status", equalTo("admitted"));
        given().queryParam("q", "batchmann ghasemi").get("/api/terms").then().statusCode(200)
                .body("key", equalTo(List.of(b))).body("[0].terms[1].status", equalTo("forbidden"));
        // imported again: nothing new, nothing changed
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/terms/import?format=csv").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0));
    }

    @Test
    @TestSecurity(user = "viewer", roles = {"viewer"})
    void viewersReadButCannotWrite() {
        given().get("/api/terms").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("domain", "place", "terms",
                List.of(Map.of("language", "en", "text", "Qom")))).post("/api/terms").then().statusCode(403);
        given().contentType("text/csv").body("x").post("/api/terms/import?format=csv").then().statusCode(403);
        Document page = new PageSession().get("/terms");
        assertNotNull(page.selectFirst("table[aria-label=Concepts]"));
        assertNull(page.selectFirst("form[aria-label=New concept]"), "no write control for a viewer");
    }

    @Test
    @TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
    void editorAddsAConceptOnThePageAndARefusedFormIsKept() throws IOException {
        importSample();
        PageSession session = new PageSession();
        Document page = session.get("/terms?add=نورنیوز&addLanguage=fa");
        Element form = page.selectFirst("form[aria-label=New concept]");
        assertNotNull(form);
        Element first = form.selectFirst("input[name=text]");
        assertEquals("نورنیوز", first.val());
        assertEquals("rtl", first.attr("dir"));
        String token = form.selectFirst("input[type=hidden]").val();
        String tokenName = form.selectFirst("input[type=hidden]").attr("name");
        // a term with no language: refused, the typed rows kept
        Response refused = given().cookies(session.cookies()).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(tokenName, token).formParam("domain", "place").formParam("definition", "")
                .formParam("language", "en", "").formParam("text", "Yasuj", "یاسوج").formParam("status", "preferred", "preferred")
                .formParam("outlet", "", "").formParam("note", "", "").formParam("partOfSpeech", "", "").post("/terms");
        assertEquals(400, refused.statusCode());
        Document again = org.jsoup.Jsoup.parse(refused.asString());
        assertTrue(again.selectFirst("#form-error").text().contains("term 2"), again.selectFirst("#form-error").text());
        assertEquals("یاسوج", again.select("form[aria-label=New concept] input[name=text]").get(1).val());
        Response added = given().cookies(session.cookies()).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(tokenName, token).formParam("domain", "place").formParam("definition", "")
                .formParam("language", "en", "fa").formParam("text", "Yasuj", "یاسوج").formParam("status", "preferred", "preferred")
                .formParam("outlet", "", "").formParam("note", "", "").formParam("partOfSpeech", "", "").post("/terms");
        assertEquals(303, added.statusCode());
        Document concept = session.get(added.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertTrue(concept.selectFirst("h1").text().matches("place-yasuj(-\\d+)?"), concept.selectFirst("h1").text());
        Element fa = concept.select("table[aria-label=Terms] td[lang=fa]").first();
        assertEquals("یاسوج", fa.text());
        assertEquals("rtl", fa.attr("dir"));
        // without the CSRF token the form is refused
        given().cookies(session.cookies()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("domain", "place").formParam("language", "en").formParam("text", "Sabzevar").post("/terms")
                .then().statusCode(400);
        assertEquals(0, given().queryParam("q", "Sabzevar").get("/api/terms").jsonPath().getList("id").size());
    }
}
