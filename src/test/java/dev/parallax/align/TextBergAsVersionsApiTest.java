package dev.parallax.align;

import dev.parallax.bench.BeadScore;
import dev.parallax.bench.BenchmarkData;
import dev.parallax.bench.TextBerg;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Text+Berg de–fr posted through the API as a story's two versions, one sentence per paragraph, and read back
 * as the alignment's rows: they score as the sentence aligner does (strict F1 ≥ 0.86 on test0–6, against 0.78
 * before such versions were aligned with the sentence settings). Skipped when the data is absent.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class TextBergAsVersionsApiTest {

    @Test
    void sentencePerParagraphVersionsAlignAsSentences() {
        assumeTrue(BenchmarkData.has(TextBerg.FOLDER), "Text+Berg data absent");
        Path dir = BenchmarkData.folder(TextBerg.FOLDER);
        BeadScore score = new BeadScore();
        for (String doc : TextBerg.TEST) {
            long story = Stories.createStory("Text+Berg " + doc).getLong("id");
            long de = version(story, "de", TextBerg.lines(dir.resolve(doc + ".de")));
            long fr = version(story, "fr", TextBerg.lines(dir.resolve(doc + ".fr")));
            JsonPath alignment = given().queryParam("versions", de + "," + fr).queryParam("sentences", false)
                    .get("/api/stories/" + story + "/alignment").then().statusCode(200).extract().jsonPath();
            List<BeadScore.B> rows = new ArrayList<>();
            for (List<List<Integer>> cells : alignment.<List<List<Integer>>>getList("rows.cells")) {
                rows.add(new BeadScore.B(cells.get(0), cells.get(1)));
            }
            score.add(TextBerg.gold(dir.resolve(doc + ".defr")), rows);
        }
        assertTrue(score.strictF1() >= 0.86, "strict F1 " + score.strictF1());
    }

    private static long version(long story, String language, List<String> lines) {
        return Stories.addVersion(story, Map.of("outlet", "Text+Berg " + language, "language", language, "title", "Text+Berg",
                "text", String.join("\n\n", lines))).getLong("id");
    }
}
