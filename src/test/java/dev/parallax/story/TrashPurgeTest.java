package dev.parallax.story;

import dev.parallax.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trash keeps deleted stories for the retention period, then purges them for good. */
@QuarkusTest
class TrashPurgeTest {

    @Inject
    Trash trash;

    @Test
    void aStoryDeletedLongerAgoThanTheRetentionIsPurgedAndARecentOneIsKept() {
        long old = Stories.createStoryAs("Deleted long ago");
        long recent = Stories.createStoryAs("Deleted just now");
        for (long id : new long[]{old, recent}) {
            given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/stories/" + id).then().statusCode(204);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findById(old);
            story.deletedAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(31);
        });
        assertTrue(trash.purge() >= 1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(Story.findById(old), "purged for good");
            assertNotNull(Story.findById(recent), "still restorable");
        });
    }
}
