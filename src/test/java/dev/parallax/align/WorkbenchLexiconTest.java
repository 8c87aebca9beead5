package dev.parallax.align;

import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.align.engine.score.LearntLexicon;
import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The word list the aligner learns from the workbench's stories: from the seed story alone it pairs the
 * words SANA's English and Arabic versions share, the alignment with it still equals the gold, and it is
 * learnt again only when a story's text changed.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class WorkbenchLexiconTest {

    @Inject
    WorkbenchLexicon lexicon;

    @AfterEach
    void forget() {
        lexicon.forget(); // the other tests align without a word list (as %test configures)
    }

    @Test
    void theSeedStoryTeachesEnglishArabicWordPairs() {
        CorpusLexicon learnt = lexicon.relearnIfChanged();
        LearntLexicon enAr = learnt.forPair("en", "ar");
        assertTrue(enAr.size() >= 20, "word pairs en–ar " + learnt.sizes());
        // lexicon forms: Latin words cut to six letters, Arabic ones without clitics and article
        assertPair(enAr, "assad", "اسد");
        assertPair(enAr, "tehran", "طهران");
        assertPair(enAr, "said", "قال");
        // the same list seen from the Arabic side
        assertEquals(enAr.pairOf("said", true), learnt.forPair("ar", "en").pairOf("قال", true));
    }

    @Test
    void withTheWordListTheSeedAlignmentIsStillTheGold() {
        lexicon.relearnIfChanged();
        GoldRows gold = GoldRows.read(Path.of("translations/assad-tehran-visit/alignment.gold.tsv"));
        assertEquals(gold.rows(), AssadTehranVisitAlignmentApiTest.get("").getList("rows.cells"));
    }

    @Test
    void unchangedStoriesAreNotLearntAgainAndANewStoryIs() throws Exception {
        CorpusLexicon first = lexicon.relearnIfChanged();
        assertSame(first, lexicon.relearnIfChanged(), "nothing changed: the same list");
        long story = Stories.createStoryAs("Nournews on the Tehran visit, once more");
        Path folder = Path.of("translations/assad-tehran-visit");
        Stories.addVersionAs(story, Map.of("outlet", "Nournews", "language", "en",
                "text", Files.readString(folder.resolve("03-nournews.en.txt"))));
        long fa = Stories.addVersionAs(story, Map.of("outlet", "Nournews", "language", "fa",
                "text", Files.readString(folder.resolve("05-nournews.fa.txt"))));
        CorpusLexicon second = lexicon.relearnIfChanged();
        assertNotSame(first, second, "a new story: learnt again");
        assertNotNull(second.forPair("en", "fa"));
        assertTrue(second.forPair("en", "fa").size() >= first.forPair("en", "fa").size(), second.sizes().toString());
        assertSame(second, lexicon.relearnIfChanged(), "nothing changed since: the same list");

        String paragraph = given().get("/api/versions/" + fa).then().statusCode(200).extract().path("paragraphs[0].text");
        given().contentType(ContentType.JSON).body(Map.of("text", paragraph + " (ویرایش)", "baseRevision", 1))
                .put("/api/versions/" + fa + "/paragraphs/0").then().statusCode(200);
        assertNotSame(second, lexicon.relearnIfChanged(), "a paragraph saved: learnt again");
    }

    private static void assertPair(LearntLexicon lexicon, String english, String arabic) {
        Integer pair = lexicon.pairOf(english, true);
        assertNotNull(pair, english + " has no pair");
        assertEquals(pair, lexicon.pairOf(arabic, false), english + " ↔ " + arabic);
    }
}
