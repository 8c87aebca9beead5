package dev.parallax.align;

import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merge in a view that hides some versions keeps the links an editor confirmed with paragraphs of the hidden versions,
 * even when those paragraphs sit in a group of their own: the merged row takes that group in whole (it used to try to
 * put a paragraph in two groups, and the merge failed with an internal error).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class HiddenPartnersMergeTest {

    static final String TEXT = "President Assad arrived in Tehran on Sunday morning.\n\n"
            + "He met Supreme Leader Ali Khamenei and President Ebrahim Raisi.\n\n"
            + "The two sides discussed economic and commercial cooperation.";

    @Test
    void mergingARowWhoseParagraphWasConfirmedWithHiddenVersionsKeepsThemTogether() {
        long story = Stories.createStory("Hidden partners " + System.nanoTime()).getLong("id");
        long[] v = new long[4];
        String[] outlets = {"SANA", "Syrian Observer", "Nournews", "IRNA"};
        for (int i = 0; i < 4; i++) {
            v[i] = Stories.addVersion(story, Map.of("outlet", outlets[i], "language", "en", "text", TEXT)).getLong("id");
        }
        // row 1 confirmed with SANA, Nournews and IRNA shown: one group, its links confirmed
        post(story, "confirm", List.of(v[0], v[2], v[3]), 0);
        // released with SANA and the Observer shown: SANA's ¶1 leaves the group, Nournews' and IRNA's stay together,
        // and SANA's confirmed links with them (not shown here) stay
        post(story, "release", List.of(v[0], v[1]), 0);
        // merged with the next row in that view
        JsonPath merged = post(story, "merge", List.of(v[0], v[1]), 0);
        assertEquals(List.of(List.of(0, 1), List.of(0, 1)), merged.getList("rows[0].cells"));

        // with every version shown, the merged row holds the hidden partners too: ¶1 of Nournews and IRNA
        JsonPath all = given().get("/api/stories/" + story + "/alignment?versions=" + v[0] + "," + v[1] + "," + v[2] + "," + v[3])
                .then().statusCode(200).extract().jsonPath();
        List<List<Integer>> first = all.getList("rows[0].cells");
        assertEquals(List.of(0, 1), first.get(0));
        assertEquals(List.of(0, 1), first.get(1));
        assertTrue(first.get(2).contains(0) && first.get(3).contains(0), "the hidden partners follow: " + first);
    }

    private static JsonPath post(long story, String action, List<Long> versions, int row) {
        String csv = versions.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        List<Object> cells = given().get("/api/stories/" + story + "/alignment?versions=" + csv).then().statusCode(200)
                .extract().jsonPath().getList("rows[" + row + "].cells");
        return given().contentType(ContentType.JSON).body(Map.of("versions", versions, "row", row, "cells", cells))
                .post("/api/stories/" + story + "/alignment/" + action).then().statusCode(200).extract().jsonPath();
    }
}
