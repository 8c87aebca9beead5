package dev.parallax.memory;

import dev.parallax.edit.EditService;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** On request, a new translation's empty paragraphs take their exact approved matches, as drafts; nothing else. */
@QuarkusTest
@TestSecurity(user = "prefill-translator", roles = {"translator", "viewer"})
class MemoryPrefillTest {

    static final String EN = "The foreign ministers of both countries met in Damascus to prepare the visit.";
    static final String AR = "التقى وزيرا خارجية البلدين في دمشق للتحضير للزيارة.";
    static final String EN_DRAFT = "The talks also covered the reconstruction of the country's power stations.";
    static final String AR_DRAFT = "وتناولت المحادثات أيضا إعادة إعمار محطات الكهرباء في البلاد.";

    @Inject
    EditService edits;

    @Test
    void onlyExactApprovedMatchesFillEmptyParagraphs() {
        long old = Stories.createStoryAs("Ministers in Damascus " + System.nanoTime());
        long oldEn = Stories.addVersionAs(old, Map.of("outlet", "SANA", "language", "en", "text", EN + "\n\n" + EN_DRAFT));
        long oldAr = Stories.addVersionAs(old, Map.of("outlet", "SANA (ar)", "language", "ar", "kind", "translation",
                "translationOf", oldEn, "text", AR + "\n\n" + AR_DRAFT));
        given().contentType(ContentType.JSON).body(Map.of("text", AR, "baseRevision", 1, "status", "approved"))
                .put("/api/versions/" + oldAr + "/paragraphs/0").then().statusCode(200);

        long story = Stories.createStoryAs("Ministers again " + System.nanoTime());
        long en = Stories.addVersionAs(story, Map.of("outlet", "Digest", "language", "en",
                "text", EN + "\n\n" + EN_DRAFT + "\n\nA sentence the memory has never seen."));
        long ar = edits.startTranslation(en, "ar", "Prefill test", null).id;

        JsonPath filled = given().contentType(ContentType.JSON).body(Map.of("version", ar)).post("/api/memory/prefill").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(0), filled.getList("filled"));
        JsonPath version = given().get("/api/versions/" + ar).then().statusCode(200).extract().jsonPath();
        assertEquals(AR, version.getString("paragraphs[0].text"));
        assertEquals("draft", version.getString("paragraphs[0].status"));
        assertEquals("", version.getString("paragraphs[1].text"), "a draft's translation is only suggested, never filled");
        assertEquals("", version.getString("paragraphs[2].text"));
        // asking again fills nothing more; an original has nothing to be filled from
        assertEquals(List.of(), given().contentType(ContentType.JSON).body(Map.of("version", ar)).post("/api/memory/prefill").then().statusCode(200).extract().jsonPath().getList("filled"));
        given().contentType(ContentType.JSON).body(Map.of("version", en)).post("/api/memory/prefill").then().statusCode(400);
    }
}
