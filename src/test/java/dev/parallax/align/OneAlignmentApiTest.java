package dev.parallax.align;

import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.support.AlignmentCorrections;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One alignment per story through the API, on the seed story: the same groups with each base, corrections
 * made in one view seen in every other, confirmation per link, and a translation of SANA that moves nobody.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class OneAlignmentApiTest {

    static final List<String> KEYS = List.of("syrian-observer.en", "sana.en", "nournews.en", "sana.ar", "nournews.fa");
    final GoldRows gold = GoldRows.read(Path.of("translations/assad-tehran-visit/alignment.gold.tsv"));

    @AfterEach
    void undo() {
        AlignmentCorrections.clear(Seed.storyId());
    }

    @Test
    void everyBaseShowsTheSameGroups() {
        for (String base : KEYS) {
            List<String> view = new ArrayList<>(List.of(base));
            KEYS.stream().filter(k -> !k.equals(base)).forEach(view::add);
            JsonPath alignment = get(view);
            assertEquals(goldGroups(), groups(alignment.getList("rows.cells"), view), "base " + base);
        }
    }

    @Test
    void correctionsMadeInOneViewHoldInEveryOther() {
        // confirm the Arabic ¶1 with the report ¶9, looking at those two versions only (Arabic as base)
        List<String> pair = List.of("sana.ar", "syrian-observer.en");
        JsonPath view = get(pair);
        int row = rowOf(view, 0, 1);
        assertEquals(List.of(List.of(1), List.of(9)), view.getList("rows[" + row + "].cells"));
        JsonPath confirmed = post("confirm", Map.of("versions", ids(pair), "row", row, "cells", view.getList("rows[" + row + "].cells")));
        assertTrue(confirmed.getBoolean("rows[" + row + "].confirmed"));
        assertEquals(List.of(true, true), confirmed.getList("rows[" + row + "].cellConfirmed"));

        // in the full view (report as base) the row is the same group; only the confirmed link's cells read so
        JsonPath full = get(KEYS);
        int r = rowOf(full, 0, 9);
        assertEquals(List.of(List.of(9), List.of(1), List.of(), List.of(1), List.of()), full.getList("rows[" + r + "].cells"));
        assertEquals(List.of(true, false, false, true, false), full.getList("rows[" + r + "].cellConfirmed"));
        assertFalse(full.getBoolean("rows[" + r + "].confirmed"), "SANA's link was not confirmed");
        assertTrue(full.getBoolean("rows[" + r + "].fixed"));

        // merge SANA ¶3 and ¶4 with SANA as base, seen with the Persian translation as base
        List<String> sanaView = List.of("sana.en", "syrian-observer.en", "sana.ar");
        JsonPath sana = get(sanaView);
        int s3 = rowOf(sana, 0, 3);
        post("merge", Map.of("versions", ids(sanaView), "row", s3, "cells", sana.getList("rows[" + s3 + "].cells")));
        List<String> persianBase = List.of("nournews.fa", "sana.ar", "syrian-observer.en", "sana.en", "nournews.en");
        JsonPath other = get(persianBase);
        int merged = rowOf(other, 3, 3);
        assertEquals(List.of(List.of(), List.of(3, 4), List.of(11, 12), List.of(3, 4), List.of()), other.getList("rows[" + merged + "].cells"));

        // split it again in that view: the parts stay apart in every view
        JsonPath split = post("split", Map.of("versions", ids(persianBase), "row", merged, "at", List.of(0, 1, 1, 1, 0),
                "cells", other.getList("rows[" + merged + "].cells")));
        assertEquals(List.of(List.of(), List.of(3), List.of(11), List.of(3), List.of()), split.getList("rows[" + merged + "].cells"));
        assertEquals(goldGroups(), groups(get(KEYS).getList("rows.cells"), KEYS));

        // release the confirmed row from a third view: exactly the automatic alignment again
        List<String> third = List.of("sana.en", "sana.ar", "syrian-observer.en");
        JsonPath t = get(third);
        int c = rowOf(t, 0, 1);
        post("release", Map.of("versions", ids(third), "row", c, "cells", t.getList("rows[" + c + "].cells")));
        for (String k : List.of("syrian-observer.en", "sana.en", "sana.ar")) {
            JsonPath again = get(List.of(k, "syrian-observer.en".equals(k) ? "sana.en" : "syrian-observer.en"));
            assertFalse(again.getList("rows.confirmed").contains(true), "no confirmed row left with base " + k);
        }
        JsonPath after = get(KEYS);
        assertEquals(gold.rows(), after.getList("rows.cells"));
    }

    @Test
    void aStaleCorrectionIs409AndNamesNoScope() {
        List<String> pair = List.of("syrian-observer.en", "sana.en");
        given().contentType(ContentType.JSON).body(Map.of("versions", ids(pair), "row", 9, "cells", List.of(List.of(9), List.of(2))))
                .post(url("confirm")).then().statusCode(409).body("error", equalTo("Alignment changed"));
        assertFalse(get(KEYS).getList("rows.fixed").contains(true));
        // a one-paragraph row whose links are in versions not shown cannot be confirmed from there
        List<String> reportAndArabic = List.of("syrian-observer.en", "sana.ar");
        given().contentType(ContentType.JSON).body(Map.of("versions", ids(reportAndArabic), "row", 1)).post(url("confirm"))
                .then().statusCode(400).body("error", equalTo("Nothing to confirm"));
        assertFalse(get(KEYS).getList("rows.fixed").contains(true));
    }

    @Test
    void aTranslationOfSanaConfirmsOnlyItsOwnLinksAndMovesNobody() {
        long sana = Seed.versionId("sana.en");
        long translation = given().contentType(ContentType.JSON).body(Map.of("language", "fa", "outlet", "Parallax", "title", "ترجمه"))
                .post("/api/versions/" + sana + "/translations").then().statusCode(201).extract().jsonPath().getLong("id");
        try {
            check(translation);
            // the translator fills paragraphs, one of them (wrongly) with the report's own paragraph 3
            fill(translation, 0, "خبرگزاری رسمی سوریه، سانا، گزارش داد که اسد «سفری کاری» به تهران داشت.");
            fill(translation, 1, "Syria and Iran have been allies since the 1980s, and Iran has provided critical economic and military support to Assad.");
            fill(translation, 5, "ابراهیم رئیسی، رئیس‌جمهور ایران، گفت که سوریه در جنگ پیروز شده است.");
            check(translation);
        } finally {
            Stories.deleteVersionAsEditor(translation);
        }
    }

    /** The five seed versions still show the gold; in the six-way view only SANA–translation cells read confirmed. */
    private void check(long translation) {
        JsonPath five = get(KEYS);
        assertEquals(gold.rows(), five.getList("rows.cells"));
        assertFalse(five.getList("rows.confirmed").contains(true));
        List<Long> six = new ArrayList<>(ids(KEYS));
        six.add(translation);
        JsonPath all = given().get("/api/stories/" + Seed.storyId() + "/alignment?sentences=false&versions="
                + String.join(",", six.stream().map(String::valueOf).toList())).then().statusCode(200).extract().jsonPath();
        List<List<List<Integer>>> rows = all.getList("rows.cells");
        List<List<List<Integer>>> projected = rows.stream().map(r -> r.subList(0, 5))
                .filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).toList();
        assertEquals(gold.rows(), projected, "the rows of the five versions are untouched");
        for (int r = 0; r < rows.size(); r++) {
            List<Boolean> cells = all.getList("rows[" + r + "].cellConfirmed");
            boolean sanaAndTranslation = !rows.get(r).get(1).isEmpty() && !rows.get(r).get(5).isEmpty();
            assertEquals(List.of(false, sanaAndTranslation, false, false, false, sanaAndTranslation), cells, "row " + r);
            assertFalse(all.getBoolean("rows[" + r + "].confirmed"), "row " + r + " holds unconfirmed links");
            if (sanaAndTranslation) {
                assertEquals(rows.get(r).get(1), rows.get(r).get(5), "SANA ¶i with translation ¶i");
            }
        }
    }

    private static void fill(long version, int index, String text) {
        int revision = given().get("/api/versions/" + version).then().statusCode(200).extract().jsonPath()
                .getInt("paragraphs[" + index + "].revision");
        given().contentType(ContentType.JSON).body(Map.of("text", text, "baseRevision", revision))
                .put("/api/versions/" + version + "/paragraphs/" + index).then().statusCode(200);
    }

    // ---- helpers ----

    private TreeSet<String> goldGroups() {
        return groups(gold.rows(), KEYS);
    }

    /** Rows named independently of the base and of the view's order: "key:paragraphs" sorted. */
    static TreeSet<String> groups(List<List<List<Integer>>> rows, List<String> view) {
        TreeSet<String> out = new TreeSet<>();
        for (List<List<Integer>> row : rows) {
            TreeSet<String> parts = new TreeSet<>();
            for (int x = 0; x < view.size(); x++) {
                if (!row.get(x).isEmpty()) {
                    parts.add(view.get(x) + ":" + row.get(x));
                }
            }
            out.add(parts.toString());
        }
        return out;
    }

    static JsonPath get(List<String> keys) {
        return given().get("/api/stories/" + Seed.storyId() + "/alignment?sentences=false&versions="
                + String.join(",", ids(keys).stream().map(String::valueOf).toList())).then().statusCode(200).extract().jsonPath();
    }

    static List<Long> ids(List<String> keys) {
        return keys.stream().map(Seed::versionId).toList();
    }

    static String url(String action) {
        return "/api/stories/" + Seed.storyId() + "/alignment/" + action;
    }

    static JsonPath post(String action, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(url(action)).then().statusCode(200).extract().jsonPath();
    }

    static int rowOf(JsonPath alignment, int version, int paragraph) {
        List<List<List<Integer>>> rows = alignment.getList("rows.cells");
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(version).contains(paragraph)) {
                return r;
            }
        }
        throw new AssertionError("paragraph " + paragraph + " of version " + version + " in no row");
    }
}
