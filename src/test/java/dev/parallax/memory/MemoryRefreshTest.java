package dev.parallax.memory;

import dev.parallax.memory.engine.MemoryIndex;
import dev.parallax.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances' indexes on one database: the application's and a second one that hears of no edit except
 * through the database. An edit through the API, an edit whose story time did not move (a lagging clock), a
 * deletion: neither instance serves the stale match afterwards, and a look-up with nothing changed reads no story.
 */
@QuarkusTest
class MemoryRefreshTest {

    static final String EN = "The Iranian president received his Syrian counterpart at the Saadabad palace on Sunday morning.";
    static final String AR = "استقبل الرئيس الإيراني نظيره السوري في قصر سعد آباد صباح الأحد.";

    @Inject
    TranslationMemory first;
    @Inject
    EntityManager em;
    @Inject
    dev.parallax.grammar.AlignedSourceParagraphs sources;

    @Test
    void anEditOnOneInstanceIsWhatTheOtherServesNext() {
        TranslationMemory second = new TranslationMemory();
        second.sources = sources;
        second.em = em;

        long story = Stories.createStoryAs("Saadabad " + System.nanoTime());
        long en = Stories.addVersionAs(story, Map.of("outlet", "IRNA", "language", "en", "text", EN));
        long ar = Stories.addVersionAs(story, Map.of("outlet", "IRNA (ar)", "language", "ar", "kind", "translation",
                "translationOf", en, "text", AR));
        assertEquals(AR, best(first), "instance one");
        assertEquals(AR, best(second), "instance two");

        // nothing changed: the second look-up reads no story again
        int read = second.storiesRead();
        best(second);
        assertEquals(read, second.storiesRead());

        // an edit through the API (it lands through instance one's services; instance two only has the database)
        String edited = "استقبل الرئيس الإيراني نظيره السوري في قصر سعد آباد صباح يوم الأحد.";
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("text", edited, "baseRevision", 1, "status", "approved"))
                .put("/api/versions/" + ar + "/paragraphs/0").then().statusCode(200);
        assertEquals(edited, best(second));
        assertEquals(edited, best(first));
        assertEquals("approved", second.memory().lookup("en", "ar", EN, 0.9, 1).get(0).segment().status());

        // an instance whose clock lags: the text changes but the story's time does not move
        String lagging = "استقبل الرئيس الإيراني ضيفه السوري في قصر سعد آباد صباح الأحد.";
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime before = (OffsetDateTime) em.createQuery("select s.updatedAt from Story s where s.id = :id")
                    .setParameter("id", story).getSingleResult();
            em.createQuery("update Paragraph p set p.text = :t, p.revision = p.revision + 1 where p.version.id = :v and p.ordinal = 0")
                    .setParameter("t", lagging).setParameter("v", ar).executeUpdate();
            em.createQuery("update Story s set s.updatedAt = :at where s.id = :id")
                    .setParameter("at", before).setParameter("id", story).executeUpdate();
        });
        assertEquals(lagging, best(second));

        // deleted on "the other instance": gone from both
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/stories/" + story).then().statusCode(204);
        assertTrue(second.memory().lookup("en", "ar", EN, 0.9, 5).isEmpty());
        assertTrue(first.memory().lookup("en", "ar", EN, 0.9, 5).isEmpty());
        assertTrue(second.text().find("Saadabad palace", true, d -> true).isEmpty());
    }

    private static String best(TranslationMemory tm) {
        List<MemoryIndex.Match> matches = tm.memory().lookup("en", "ar", EN, 0.9, 5);
        assertEquals(1, matches.size(), matches.toString());
        return matches.get(0).target();
    }
}
