package dev.parallax.exchange;

import dev.parallax.story.folder.StoryFolderImporter;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** translations/ at startup: imported once, never over a user's edits, not brought back after a delete. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class StartupImportTest {

    @Inject
    StoryFolderImporter importer;

    @Test
    void existingStoryIsNotOverwrittenByANewImport() {
        long sanaAr = Seed.versionId("sana.ar");
        given().contentType(ContentType.JSON).body(Map.of("title", "Edited by a user")).patch("/api/versions/" + sanaAr)
                .then().statusCode(200);
        assertEquals(0, importer.importTranslationsDir(Path.of("translations")));
        given().get("/api/versions/" + sanaAr).then().body("title", equalTo("Edited by a user"));
        assertEquals(1, dev.parallax.support.Stories.all().getInt("findAll { it.slug.startsWith('assad-tehran-visit') }.size()"));
    }

    @Test
    void deletedStoryStaysDeletedAndNewFoldersAreImported() throws Exception {
        Path root = Files.createTempDirectory("translations");
        Path folder = Files.createDirectory(root.resolve("herat-earthquake"));
        Files.writeString(folder.resolve("story"), "title: Earthquake in Herat\nslug: herat-earthquake-startup\n");
        Files.writeString(folder.resolve("01-irna.en.txt"), "---\noutlet: IRNA\nlanguage: en\n---\n\nA 6.3 earthquake struck Herat.\n");
        Files.writeString(root.resolve("stray-file.txt"), "not a story");
        Path broken = Files.createDirectory(root.resolve("broken"));
        Files.writeString(broken.resolve("story"), "title: Broken\n");
        Files.writeString(broken.resolve("01-x.en.txt"), "---\noutlet: X\nlanguage: english!\n---\n\nText.\n");

        assertEquals(1, importer.importTranslationsDir(root), "the broken folder is skipped, the good one imported");
        long id = dev.parallax.support.Stories.all().getLong("find { it.slug == 'herat-earthquake-startup' }.id");
        assertEquals(0, dev.parallax.support.Stories.all().getInt("findAll { it.title == 'Broken' }.size()"));
        given().delete("/api/stories/" + id).then().statusCode(204);
        assertEquals(0, importer.importTranslationsDir(root));
        assertEquals(0, dev.parallax.support.Stories.all().getInt("findAll { it.slug == 'herat-earthquake-startup' }.size()"));
    }
}
