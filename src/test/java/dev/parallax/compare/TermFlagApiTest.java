package dev.parallax.compare;

import dev.parallax.support.PageSession;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "term" flag through the differences API and the aligned page's filter, on a story of its own: SANA's English
 * paragraph as the base, a Press TV rewrite that spells the president "Raeisi", and an Arabic translation that writes
 * him رايسي (a form the starter termbase forbids).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class TermFlagApiTest {

    static final String SANA = "The Syrian official news agency SANA reported that Assad paid a “work visit” to Tehran and met Supreme "
            + "Leader of the Iranian Islamic Revolution Ayatollah Seyyed Ali Khamenei, and the Iranian President Ebrahim Raisi.";
    static final String PRESS_TV = SANA.replace("Ebrahim Raisi", "Ebrahim Raeisi");
    static final String ARABIC = "أفادت وكالة الأنباء السورية الرسمية سانا بأن الرئيس الأسد أجرى «زيارة عمل» إلى طهران، التقى خلالها قائد "
            + "الثورة الإسلامية في إيران آية الله السيد علي خامنئي، والرئيس الإيراني رايسي.";

    @Test
    void raeisiAndAForbiddenArabicFormAreTermFlagsInTheApiAndTheFilter() {
        long story = Stories.createStory("Term flags: Raisi, Raeisi, رايسي").getLong("id");
        long en = Stories.addVersion(story, Map.of("outlet", "SANA", "language", "en", "text", SANA)).getLong("id");
        long press = Stories.addVersion(story, Map.of("outlet", "Press TV", "language", "en", "text", PRESS_TV)).getLong("id");
        long ar = Stories.addVersion(story, Map.of("outlet", "Parallax", "language", "ar", "text", ARABIC)).getLong("id");
        JsonPath d = given().get("/api/stories/" + story + "/differences?versions=" + en + "," + press + "," + ar).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, d.getList("rows").size());
        List<Map<String, Object>> pressFlags = terms(d.getList("rows[0].diffs[1].flags"));
        assertEquals(1, pressFlags.size(), pressFlags.toString());
        assertEquals("Ebrahim Raisi", pressFlags.get(0).get("base"));
        assertEquals("Ebrahim Raeisi", pressFlags.get(0).get("other"));
        List<Map<String, Object>> arabicFlags = terms(d.getList("rows[0].diffs[2].flags"));
        assertEquals(1, arabicFlags.size(), arabicFlags.toString());
        assertEquals("رايسي", arabicFlags.get(0).get("other"));
        assertTrue(((String) arabicFlags.get(0).get("message")).contains("إبراهيم رئيسي"), arabicFlags.toString());

        Document page = new PageSession().get("/stories/" + story + "/aligned?versions=" + en + "," + press + "," + ar + "&flag=term");
        assertEquals("1", page.selectFirst(".flag-filter[data-flag=term] + .count").text().replaceAll("[()]", ""));
        assertEquals(2, page.select("#row-0 li.flag-term").size(), page.select("#row-0 ul.flags").text());
    }

    private static List<Map<String, Object>> terms(List<Map<String, Object>> flags) {
        List<Map<String, Object>> out = new ArrayList<>();
        flags.stream().filter(f -> "term".equals(f.get("type"))).forEach(out::add);
        return out;
    }
}
