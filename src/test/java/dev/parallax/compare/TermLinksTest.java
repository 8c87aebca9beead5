package dev.parallax.compare;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words linked across languages with the starter termbase (translations/termbase.csv): on the aligned page of the
 * seed story, SANA's English "Raisi" shares its key with the Arabic and Persian cells' رئيسي / رئیسی; the differences
 * API gives the same links as UTF-16 offsets.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class TermLinksTest {

    @Test
    void raisiInEnglishIsLinkedToArabicAndPersianOnTheAlignedPage() {
        // Nournews' English shares rows with its Persian: a cell alone with no other language in its row has nothing to link
        String versions = Seed.versionId("sana.en") + "," + Seed.versionId("nournews.en") + "," + Seed.versionId("sana.ar") + ","
                + Seed.versionId("nournews.fa");
        Document page = new PageSession().get("/stories/" + Seed.storyId() + "/aligned?versions=" + versions);
        Element raisi = page.select("td[lang=en] p[data-version=" + Seed.versionId("sana.en") + "] span.w[data-k]").stream().filter(s -> s.text().contains("Raisi")).findFirst().orElse(null);
        assertNotNull(raisi, "Raisi is a linked word in the English column");
        Element row = raisi.closest("tr");
        String key = raisi.attr("data-k");
        List<String> arabic = row.select("td[lang=ar] span.w[data-k=" + key + "]").eachText();
        List<String> persian = new ArrayList<>();
        for (Element tr : page.select("tr[id^=row-]")) {
            persian.addAll(tr.select("td[lang=fa] span.w[data-k=" + key + "]").eachText());
        }
        assertTrue(arabic.stream().anyMatch(t -> t.contains("رئيسي")), "Arabic counterpart in the row: " + arabic);
        assertTrue(persian.stream().anyMatch(t -> t.contains("رئیسی")), "Persian counterpart: " + persian);
        assertEquals("0", raisi.attr("tabindex"), "reachable by keyboard");
        assertNotNull(page.selectFirst("script[src=/js/term-links.js]"));
        assertNotNull(page.selectFirst("a#add-term"), "editors get the add-to-termbase link");
    }

    static final String ENVOY = "Iranian ambassador Kazem Jalali met the adviser Mohammad Jamshidi in Moscow on 12 May to discuss "
            + "the grain corridor.";
    static final String ENVOY_AR = "التقى السفير الإيراني كاظم جلالي المستشار محمد جمشيدي في موسكو يوم ١٢ أيار لبحث ممر الحبوب.";

    @Test
    void namesOutsideTheTermbaseAreLinkedAndWordsWithoutCounterpartAreUnderlined() {
        long story = Stories.createStory("Word links: Jamshidi in Moscow").getLong("id");
        long en = Stories.addVersion(story, Map.of("outlet", "Wire", "language", "en", "text", ENVOY)).getLong("id");
        long ar = Stories.addVersion(story, Map.of("outlet", "Parallax", "language", "ar", "text", ENVOY_AR)).getLong("id");
        JsonPath d = given().get("/api/stories/" + story + "/differences?versions=" + en + "," + ar).then().statusCode(200).extract().jsonPath();
        List<String> pairs = new ArrayList<>();
        for (Map<String, Object> l : d.<Map<String, Object>>getList("rows[0].diffs[1].links")) {
            @SuppressWarnings("unchecked") List<Integer> b = (List<Integer>) l.get("base");
            @SuppressWarnings("unchecked") List<Integer> o = (List<Integer>) l.get("other");
            pairs.add(l.get("kind") + ":" + ENVOY.substring(b.get(0), b.get(1)) + "=" + ENVOY_AR.substring(o.get(0), o.get(1)));
        }
        assertTrue(pairs.contains("name:Jamshidi=جمشيدي"), pairs.toString());
        assertTrue(pairs.contains("name:Mohammad=محمد"), pairs.toString());
        assertTrue(pairs.contains("term:Moscow=موسكو"), pairs.toString());
        assertTrue(pairs.contains("number:12=١٢"), pairs.toString());

        Document page = new PageSession().get("/stories/" + story + "/aligned?versions=" + en + "," + ar);
        Element jamshidi = page.select("td[lang=en] span.w[data-k]").stream().filter(s -> s.text().equals("Jamshidi")).findFirst().orElseThrow();
        assertEquals(List.of("جمشيدي"), page.select("td[lang=ar] span.w[data-k=" + jamshidi.attr("data-k") + "]").eachText());
        // "grain" has no counterpart the page knows (the termbase has "corridor"): its offsets ride on the paragraph, the
        // script underlines them
        Element p = page.selectFirst("td[lang=en] p[data-nf]");
        assertNotNull(p, "unlinked content words as offsets on the paragraph");
        List<String> words = new ArrayList<>();
        for (String r : p.attr("data-nf").split(" ")) {
            String[] x = r.split("-");
            words.add(ENVOY.substring(Integer.parseInt(x[0]), Integer.parseInt(x[1])));
        }
        assertTrue(words.contains("grain"), words.toString());
        assertTrue(!words.contains("the") && !words.contains("Jamshidi"), words.toString());
    }

    @Test
    void differencesCarryTermAndNumberLinksAsUtf16Offsets() {
        long en = Seed.versionId("sana.en");
        long ar = Seed.versionId("sana.ar");
        JsonPath d = given().get("/api/stories/" + Seed.storyId() + "/differences?versions=" + en + "," + ar).then().statusCode(200)
                .extract().jsonPath();
        List<String> enTexts = given().get("/api/versions/" + en).jsonPath().getList("paragraphs.text", String.class);
        List<String> arTexts = given().get("/api/versions/" + ar).jsonPath().getList("paragraphs.text", String.class);
        List<String> pairs = new ArrayList<>();
        List<Map<String, Object>> rows = d.getList("rows");
        for (int r = 0; r < rows.size(); r++) {
            List<List<Integer>> cells = d.getList("rows[" + r + "].cells");
            String base = String.join("\n\n", cells.get(0).stream().map(enTexts::get).toList());
            String other = String.join("\n\n", cells.get(1).stream().map(arTexts::get).toList());
            List<Map<String, Object>> links = d.getList("rows[" + r + "].diffs[1].links");
            org.junit.jupiter.api.Assertions.assertNull(d.get("rows[" + r + "].diffs[0]"), "the base has no diff");
            for (Map<String, Object> l : links) {
                @SuppressWarnings("unchecked") List<Integer> b = (List<Integer>) l.get("base");
                @SuppressWarnings("unchecked") List<Integer> o = (List<Integer>) l.get("other");
                pairs.add(l.get("kind") + ":" + base.substring(b.get(0), b.get(1)) + "=" + other.substring(o.get(0), o.get(1)));
            }
        }
        assertTrue(pairs.contains("term:Ebrahim Raisi=إبراهيم رئيسي"), pairs.toString());
        assertTrue(pairs.contains("term:Tehran=طهران"), pairs.toString());
        assertTrue(pairs.stream().anyMatch(p -> p.startsWith("term:Khamenei=") && p.endsWith("خامنئي")), pairs.toString());
    }
}
