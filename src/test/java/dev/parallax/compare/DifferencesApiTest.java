package dev.parallax.compare;

import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The differences and quotes API on the seed story: the shape, exact rebuilding, flags, bad input, the cache. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class DifferencesApiTest {

    static final List<String> KEYS = List.of("syrian-observer.en", "sana.en", "nournews.en", "sana.ar", "nournews.fa");

    @Inject
    DiffCache cache;

    static JsonPath get(String path) {
        return given().get("/api/stories/" + Seed.storyId() + path).then().statusCode(200).extract().jsonPath();
    }

    static List<String> paragraphs(long version) {
        return given().get("/api/versions/" + version).then().statusCode(200).extract().jsonPath().getList("paragraphs.text");
    }

    @Test
    void everyCellOfTheSeedStoryRebuildsTheBaseAndItsOwnText() {
        JsonPath d = get("/differences");
        List<Long> ids = KEYS.stream().map(Seed::versionId).toList();
        assertEquals(ids, d.getList("versions", Long.class));
        List<List<String>> texts = ids.stream().map(DifferencesApiTest::paragraphs).toList();
        List<Map<String, Object>> rows = d.getList("rows");
        assertEquals(20, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<List<Integer>> cells = d.getList("rows[" + r + "].cells");
            List<Map<String, Object>> diffs = d.getList("rows[" + r + "].diffs");
            assertEquals(5, diffs.size());
            assertNull(diffs.get(0), "no diff for the base");
            String base = cellText(texts.get(0), cells.get(0));
            for (int v = 1; v < 5; v++) {
                Map<String, Object> diff = diffs.get(v);
                StringBuilder b = new StringBuilder();
                StringBuilder o = new StringBuilder();
                for (Object x : (List<?>) diff.get("ops")) {
                    Map<?, ?> op = (Map<?, ?>) x;
                    String kind = (String) op.get("op");
                    assertTrue(List.of("equal", "insert", "delete").contains(kind), kind);
                    if (!kind.equals("insert")) {
                        b.append(op.get("text"));
                    }
                    if (!kind.equals("delete")) {
                        o.append(op.get("text"));
                    }
                }
                assertEquals(base, b.toString(), "row " + r + " version " + v);
                assertEquals(cellText(texts.get(v), cells.get(v)), o.toString(), "row " + r + " version " + v);
                double similarity = ((Number) diff.get("similarity")).doubleValue();
                assertTrue(similarity >= 0 && similarity <= 1);
                for (Object f : (List<?>) diff.get("flags")) {
                    Map<?, ?> flag = (Map<?, ?>) f;
                    assertTrue(List.of("number", "name", "term", "quote", "attribution", "negation", "modality", "missing").contains(flag.get("type")));
                    assertTrue(flag.containsKey("base") && flag.containsKey("other") && !((String) flag.get("message")).isBlank());
                }
            }
        }
        // report ¶2 = Nournews verbatim: one equal op, similarity 1; its Persian translation: no number, name or quote flag
        assertEquals(List.of(Map.of("op", "equal", "text", texts.get(2).get(0))), d.getList("rows[1].diffs[2].ops"));
        assertEquals(1.0, d.getDouble("rows[1].diffs[2].similarity"));
        assertEquals(List.of(), d.getList("rows[1].diffs[4].flags"));
        assertTrue(d.getDouble("rows[1].diffs[4].similarity") > 0.7);
        // the standfirst has no counterpart: "missing" in every other version, the whole text deleted
        assertEquals("missing", d.getString("rows[0].diffs[1].flags[0].type"));
        assertEquals("delete", d.getString("rows[0].diffs[1].ops[0].op"));
        // SANA's quotation of Assad in Arabic: quotes and names are found on both sides
        assertEquals(List.of(), d.getList("rows[11].diffs[3].flags.findAll { it.type == 'quote' || it.type == 'name' }"));
        assertEquals(1.0, d.getDouble("rows[11].diffs[1].similarity"));
        assertEquals(List.of(), d.getList("rows[11].diffs[1].flags"));
    }

    static String cellText(List<String> paragraphs, List<Integer> cell) {
        return String.join("\n\n", cell.stream().map(paragraphs::get).toList());
    }

    @Test
    void anEditedVersionOfAStoryRecomputesOnlyTheEditedRow() {
        long story = Stories.createStory("Assad in Tehran, two wordings").getLong("id");
        String sana = String.join("\n\n", paragraphs(Seed.versionId("sana.en")));
        Stories.addVersion(story, Map.of("outlet", "SANA", "language", "en", "text", sana));
        long copy = Stories.addVersion(story, Map.of("outlet", "Copy", "language", "en", "text", sana)).getLong("id");
        JsonPath first = given().get("/api/stories/" + story + "/differences").then().statusCode(200).extract().jsonPath();
        assertEquals(11, first.getList("rows").size());
        assertEquals(List.of(), first.getList("rows.diffs[1].flags.flatten()"));

        given().delete("/api/versions/" + copy).then().statusCode(204);
        String edited = sana.replace("Iran will continue to support Syria", "Iran may continue to support Syria");
        Stories.addVersion(story, Map.of("outlet", "Copy", "language", "en", "text", edited));
        DiffCache.Stats before = cache.stats();
        JsonPath after = given().get("/api/stories/" + story + "/differences").then().statusCode(200).extract().jsonPath();
        assertEquals(1, cache.stats().computed() - before.computed(), "only the edited row is compared again");
        assertEquals(List.of("modality"), after.getList("rows[5].diffs[1].flags.type"));
        assertEquals("Modality changed: will → may", after.getString("rows[5].diffs[1].flags[0].message"));
        given().delete("/api/stories/" + story).then().statusCode(204);
    }

    @Test
    void quotesOfTheSeedStoryWithEachVersionsRendering() {
        List<Long> ids = KEYS.stream().map(Seed::versionId).toList();
        JsonPath q = get("/quotes");
        assertEquals(ids, q.getList("versions", Long.class));
        // report ¶12 = SANA ¶4: Assad's statement, quoted in English twice and in Arabic, with no Nournews paragraph
        List<Map<String, Object>> row11 = q.getList("quotes.findAll { it.row == 11 }");
        assertEquals(1, row11.size());
        List<?> texts = (List<?>) row11.get(0).get("texts");
        assertTrue(((String) texts.get(0)).startsWith("This confirms the importance of continuing cooperation"));
        assertEquals(texts.get(0), texts.get(1));
        assertNull(texts.get(2));
        assertEquals(false, ((List<?>) row11.get(0).get("present")).get(2));
        assertTrue(((String) texts.get(3)).startsWith("هذا يؤكد أهمية مواصلة التعاون"));
        // the report's own quotation (¶4) exists in the report only
        List<Map<String, Object>> row3 = q.getList("quotes.findAll { it.row == 3 }");
        assertTrue(((String) ((List<?>) row3.get(0).get("texts")).get(0)).startsWith("Today’s Syria is not Syria before the war"));
    }

    @Test
    void badVersionListsAreRefusedAsTheAlignmentApiRefusesThem() {
        long story = Seed.storyId();
        long report = Seed.versionId("syrian-observer.en");
        for (String path : List.of("/differences", "/quotes")) {
            given().get("/api/stories/" + story + path + "?versions=" + report + ",999999").then().statusCode(404);
            given().get("/api/stories/" + story + path + "?versions=" + report + "," + report).then().statusCode(400)
                    .body("error", equalTo("Duplicate version"));
            given().get("/api/stories/" + story + path + "?versions=" + report).then().statusCode(400).body("error", equalTo("Too few versions"));
            given().get("/api/stories/" + story + path + "?versions=" + report + ",x").then().statusCode(400).body("error", equalTo("Invalid versions"));
            given().get("/api/stories/999999" + path).then().statusCode(404);
        }
        long other = Stories.createStory("Another story for differences").getLong("id");
        long foreign = Stories.addVersion(other, Map.of("outlet", "X", "language", "en", "text", "One paragraph.")).getLong("id");
        given().get("/api/stories/" + story + "/differences?versions=" + report + "," + foreign).then().statusCode(400)
                .body("error", equalTo("Version of another story"));
        given().delete("/api/stories/" + other).then().statusCode(204);
    }

    @Test
    void theBaseChosenFirstOrdersTheComparison() {
        long ar = Seed.versionId("sana.ar");
        long en = Seed.versionId("sana.en");
        JsonPath d = get("/differences?versions=" + ar + "," + en);
        assertEquals(List.of(ar, en), d.getList("versions", Long.class));
        List<Object> numberFlags = new ArrayList<>(d.getList("rows.diffs[1].flags.flatten().findAll { it.type == 'number' }"));
        assertEquals(List.of(), numberFlags, "SANA in Arabic and in English carry the same numbers");
    }
}
