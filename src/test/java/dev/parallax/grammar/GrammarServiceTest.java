package dev.parallax.grammar;

import dev.parallax.grammar.StoryGrammar.ParagraphGrammar;
import dev.parallax.grammar.StoryGrammar.VersionGrammar;
import dev.parallax.grammar.engine.GrammarEngine;
import dev.parallax.grammar.engine.GrammarMatch;
import dev.parallax.support.Seed;
import dev.parallax.support.StoryZips;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Caching, ignoring, disabling, applying suggestions and bilingual checks, on copies of the seed story. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class GrammarServiceTest {

    @Inject
    GrammarService grammar;
    @Inject
    GrammarWrites writes;
    @Inject
    GrammarEngine engine;
    @Inject
    GrammarCache cache;

    @Test
    void aSecondCheckAndARestartDoNotCallLanguageToolAgain() {
        long story = importSeedCopy();
        StoryGrammar first = grammar.story(story);
        long calls = engine.checks();
        StoryGrammar second = grammar.story(story);
        assertEquals(calls, engine.checks(), "second check served from the cache");
        assertEquals(first, second);

        cache.clearMemory(); // what a restart forgets
        StoryGrammar afterRestart = grammar.story(story);
        assertEquals(calls, engine.checks(), "after a restart the database still has every result");
        assertEquals(first, afterRestart);
        long rows = QuarkusTransaction.requiringNew().call(() -> GrammarCheck.count());
        assertTrue(rows >= 20, "results stored in the database: " + rows);
    }

    @Test
    void applyingASuggestionChangesExactlyThatParagraphAndReChecksOnlyIt() {
        long story = importSeedCopy();
        // A wire copy with a real misspelling: termbase names no longer count as misspelt, so the seed's own
        // originals may have no suggestion left. Not a translation nor a source of one, so one paragraph is re-checked.
        long wire = addVersion(story, Map.of("outlet", "Wire", "language", "en", "text",
                "Assad arrived in Tehran on Tuesday.\n\nThe two presidents recieved the delegations at the palace."));
        VersionGrammar before = versionById(grammar.story(story), wire);
        ParagraphGrammar target = before.paragraphs().stream().filter(p -> p.matches().stream().anyMatch(m -> !m.replacements().isEmpty()))
                .findFirst().orElseThrow();
        GrammarMatch match = target.matches().stream().filter(m -> !m.replacements().isEmpty()).findFirst().orElseThrow();
        String replacement = match.replacements().get(0);
        String newText = target.text().substring(0, match.offset()) + replacement + target.text().substring(match.end());
        // Another test may have made the same edit to another copy of the seed: then even this one check is cached.
        boolean newTextCached = !cache.find(List.of(new GrammarCache.Key(before.checkedAs(), engine.settings(), GrammarCache.hash(newText)))).isEmpty();
        long calls = engine.checks();

        writes.applySuggestion(before.id(), target.index(), match.offset(), match.length(), match.matchedText(target.text()), replacement);

        VersionGrammar after = versionById(grammar.story(story), wire);
        assertEquals(calls + (newTextCached ? 0 : 1), engine.checks(), "only the edited paragraph went to LanguageTool");
        for (int i = 0; i < before.paragraphs().size(); i++) {
            String old = before.paragraphs().get(i).text();
            String now = after.paragraphs().get(i).text();
            if (i == target.index()) {
                assertEquals(old.substring(0, match.offset()) + replacement + old.substring(match.end()), now);
            } else {
                assertEquals(old, now);
            }
        }
        ParagraphGrammar edited = after.paragraphs().get(target.index());
        assertFalse(edited.matches().stream().anyMatch(m -> m.offset() == match.offset() && m.rule().equals(match.rule())
                && m.matchedText(edited.text()).equals(match.matchedText(target.text()))), "the fixed match is gone");
    }

    @Test
    void applyingASuggestionThroughTheApi() {
        long story = importSeedCopy();
        long version = version(grammar.story(story), "sana.ar").id();
        ParagraphGrammar p = version(grammar.story(story), "sana.ar").paragraphs().get(2);
        GrammarMatch m = p.matches().stream().filter(x -> x.rule().equals("AR_SIMPLE_REPLACE")).findFirst().orElseThrow();
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("versionId", version, "index", 2, "offset", m.offset(),
                        "length", m.length(), "expected", m.matchedText(p.text()), "replacement", "الذين"))
                .post("/api/stories/" + story + "/grammar/apply").then().statusCode(200).extract().jsonPath();
        String text = answer.getString("paragraphs[0].text");
        assertEquals(p.text().substring(0, m.offset()) + "الذين" + p.text().substring(m.end()), text);
        assertTrue(answer.getList("paragraphs[0].matches.rule").stream().noneMatch("AR_SIMPLE_REPLACE"::equals));
        // The same request again is stale now: 409, and a version of another story is 404.
        given().contentType(ContentType.JSON).body(Map.of("versionId", version, "index", 2, "offset", m.offset(),
                        "length", m.length(), "expected", m.matchedText(p.text()), "replacement", "الذين"))
                .post("/api/stories/" + story + "/grammar/apply").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("versionId", version, "index", 2, "offset", 0, "length", 0, "expected", "", "replacement", "x"))
                .post("/api/stories/" + Seed.storyId() + "/grammar/apply").then().statusCode(404);
    }

    @Test
    void aStaleSuggestionIsRefusedAndNothingChanges() {
        long story = importSeedCopy();
        VersionGrammar v = version(grammar.story(story), "sana.ar");
        ParagraphGrammar p = v.paragraphs().get(0);
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.parallax.common.ApiException.class,
                () -> writes.applySuggestion(v.id(), 0, 0, 3, "xyz", "abc"));
        assertEquals(409, e.status());
        assertEquals(p.text(), version(grammar.story(story), "sana.ar").paragraphs().get(0).text());
        assertEquals(404, org.junit.jupiter.api.Assertions.assertThrows(dev.parallax.common.ApiException.class,
                () -> writes.applySuggestion(v.id(), 99, 0, 0, "", "x")).status());
    }

    @Test
    void ignoredMatchesAndDisabledRulesPersist() {
        long story = importSeedCopy();
        VersionGrammar arabic = version(grammar.story(story), "sana.ar");
        ParagraphGrammar p = arabic.paragraphs().stream().filter(x -> x.matches().size() >= 1).findFirst().orElseThrow();
        GrammarMatch ignored = p.matches().get(0);
        writes.ignore(arabic.id(), p.index(), ignored.rule(), ignored.offset(), ignored.matchedText(p.text()));
        cache.clearMemory();
        ParagraphGrammar again = version(grammar.story(story), "sana.ar").paragraphs().get(p.index());
        assertEquals(p.matches().size() - 1, again.matches().size());
        assertFalse(again.matches().contains(ignored));
        // Another story's copy of the same paragraph still shows it: ignoring is per story and version.
        assertTrue(version(grammar.story(Seed.storyId()), "sana.ar").paragraphs().get(p.index()).matches().contains(ignored));

        // A rule the Arabic still shows after the ignore (the termbase keeps names out of the speller's matches).
        String rule = arabic.paragraphs().stream().flatMap(x -> x.matches().stream()).filter(m -> !m.equals(ignored))
                .map(GrammarMatch::rule).findFirst().orElseThrow();
        writes.disableRule(story, rule);
        StoryGrammar disabled = grammar.story(story);
        assertEquals(List.of(rule), disabled.disabledRules());
        assertTrue(version(disabled, "sana.ar").paragraphs().stream().flatMap(x -> x.matches().stream())
                .noneMatch(m -> m.rule().equals(rule)));
        writes.enableRule(story, rule);
        assertTrue(version(grammar.story(story), "sana.ar").paragraphs().stream().flatMap(x -> x.matches().stream())
                .anyMatch(m -> m.rule().equals(rule)));

        // Through the API as well.
        given().contentType(ContentType.JSON).body(Map.of("rule", "MORFOLOGIK_RULE_EN_US"))
                .post("/api/stories/" + story + "/grammar/disabled-rules").then().statusCode(204);
        JsonPath json = given().get("/api/stories/" + story + "/grammar").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("MORFOLOGIK_RULE_EN_US"), json.getList("disabledRules"));
        assertTrue(json.getList("versions.paragraphs.matches.rule.flatten()").stream().noneMatch("MORFOLOGIK_RULE_EN_US"::equals));
        given().delete("/api/stories/" + story + "/grammar/disabled-rules/MORFOLOGIK_RULE_EN_US").then().statusCode(204);
    }

    @Test
    void theSeedsArabicTranslationIsPairedWithItsSourceParagraphByParagraph() {
        StoryGrammar seed = grammar.story(Seed.storyId());
        VersionGrammar arabic = version(seed, "sana.ar");
        assertNull(arabic.bilingualNote());
        assertEquals(11, arabic.paragraphs().size());
        for (ParagraphGrammar p : arabic.paragraphs()) {
            assertEquals(List.of(p.index()), p.sourceIndexes());
        }
        VersionGrammar persian = version(seed, "nournews.fa");
        assertEquals(List.of(0), persian.paragraphs().get(0).sourceIndexes());
        assertTrue(version(seed, "sana.en").paragraphs().stream().allMatch(p -> p.bilingual().isEmpty() && p.sourceIndexes().isEmpty()));
    }

    @Test
    void bilingualChecksFindUntranslatedShortAndDifferentlyPunctuatedParagraphs() {
        long story = given().contentType(ContentType.JSON).body(Map.of("title", "Bilingual " + UUID.randomUUID()))
                .post("/api/stories").then().statusCode(201).extract().jsonPath().getLong("id");
        long source = addVersion(story, Map.of("outlet", "SANA", "language", "en", "text",
                "President al-Assad returned to Damascus on the same day!\n\n"
                        + "The talks dealt with the historical relations between Syria and Iran.\n\n"
                        + "The two sides stressed the importance of continuing coordination between the two countries."));
        long translation = addVersion(story, Map.of("outlet", "Parallax", "language", "ar", "kind", "translation",
                "translationOf", String.valueOf(source), "text",
                "عاد الرئيس الأسد إلى دمشق في اليوم نفسه.\n\n"
                        + "The talks dealt with the historical relations between Syria and Iran.\n\n"
                        + "أكد الجانبان."));
        VersionGrammar v = grammar.story(story).versions().stream().filter(x -> x.id() == translation).findFirst().orElseThrow();
        assertEquals(List.of("DIFFERENT_PUNCTUATION"), rules(v.paragraphs().get(0).bilingual()));
        assertEquals(List.of("SAME_TRANSLATION"), rules(v.paragraphs().get(1).bilingual()));
        assertTrue(rules(v.paragraphs().get(2).bilingual()).contains("TRANSLATION_LENGTH"), rules(v.paragraphs().get(2).bilingual()).toString());

        // Paragraph counts that differ: the alignment pairs the one paragraph with the source's first.
        long uneven = addVersion(story, Map.of("outlet", "Draft", "language", "ar", "kind", "translation",
                "translationOf", String.valueOf(source), "text", "عاد الرئيس الأسد إلى دمشق في اليوم نفسه."));
        VersionGrammar u = grammar.story(story).versions().stream().filter(x -> x.id() == uneven).findFirst().orElseThrow();
        assertNull(u.bilingualNote());
        assertEquals(List.of(0), u.paragraphs().get(0).sourceIndexes());
        assertEquals(List.of("DIFFERENT_PUNCTUATION"), rules(u.paragraphs().get(0).bilingual()));
    }

    @Test
    void aVersionInALanguageLanguageToolDoesNotKnowSaysSo() {
        long story = given().contentType(ContentType.JSON).body(Map.of("title", "Swahili " + UUID.randomUUID()))
                .post("/api/stories").then().statusCode(201).extract().jsonPath().getLong("id");
        addVersion(story, Map.of("outlet", "BBC Swahili", "language", "sw", "text", "Rais Assad alitembelea Tehran."));
        VersionGrammar v = grammar.story(story).versions().get(0);
        assertNull(v.checkedAs());
        assertTrue(v.note().contains("does not check Swahili (sw)"), v.note());
        given().get("/api/stories/" + story + "/grammar").then().statusCode(200);
    }

    static List<String> rules(List<GrammarMatch> matches) {
        return matches.stream().map(GrammarMatch::rule).toList();
    }

    static VersionGrammar version(StoryGrammar story, String key) {
        return story.versions().stream().filter(v -> key.equals(v.key())).findFirst().orElseThrow();
    }

    static VersionGrammar versionById(StoryGrammar story, long id) {
        return story.versions().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    static long addVersion(long story, Map<String, String> fields) {
        return given().contentType(ContentType.JSON).body(fields).post("/api/stories/" + story + "/versions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A fresh copy of the seed story (its own slug), so tests that edit never touch the seed itself. */
    static long importSeedCopy() {
        String slug = "grammar-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] zip = StoryZips.zip(slug, StoryZips.seedFilesWithSlug(slug));
        return given().contentType("application/zip").body(zip).post("/api/stories/import?filename=" + slug + ".zip")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
