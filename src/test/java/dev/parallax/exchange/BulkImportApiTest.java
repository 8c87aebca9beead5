package dev.parallax.exchange;

import dev.parallax.support.Stories;
import dev.parallax.support.StoryZips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** POST /api/stories/import-many: a zip of many story folders, one transaction per story, a report per folder. */
@QuarkusTest
class BulkImportApiTest {

    @Inject
    dev.parallax.user.UserService users;

    @BeforeEach
    void viewer() {
        if (dev.parallax.user.User.findByUsername("bulk-viewer").isEmpty()) {
            users.create("bulk-viewer", "bulk viewer password", "viewer");
        }
    }

    static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD);
    }

    @Test
    void importsEveryGoodFolderAndReportsEachBadOne() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("wires/a-herat/story", "title: Earthquake in Herat " + tag + "\nslug: bulk-herat-" + tag + "\n");
        files.put("wires/a-herat/01-irna.en.txt", "---\noutlet: IRNA\nlanguage: en\n---\n\nA 6.3 earthquake struck Herat on Saturday.\n");
        files.put("wires/a-herat/02-irna.fa.txt", "---\noutlet: IRNA\nlanguage: fa\ntranslation-of: irna.en\n---\n\nزلزله‌ای به بزرگی ۶٫۳ روز شنبه هرات را لرزاند.\n");
        files.put("wires/b-broken/story", "title: Broken " + tag + "\nslug: bulk-broken-" + tag + "\n");
        files.put("wires/b-broken/01-x.ar.txt", "---\noutlet: SANA\nlanguage: arabic!\n---\n\nنص.\n");
        files.put("wires/c-seed-again/story", "title: Seed again\nslug: assad-tehran-visit\n");
        files.put("wires/c-seed-again/01-x.en.txt", "---\noutlet: X\nlanguage: en\n---\n\nText.\n");
        files.put("wires/d-gaza/story", "title: غزة " + tag + "\nslug: bulk-gaza-" + tag + "\n");
        files.put("wires/d-gaza/01-sana.ar.txt", "---\noutlet: SANA\nlanguage: ar\n---\n\nأفادت وكالة الأنباء السورية الرسمية سانا.\n\nوقال الرئيس.\n");
        files.put("wires/README.txt", "notes, not a story");
        files.put("wires/e-no-story-file/01-x.en.txt", "---\noutlet: X\nlanguage: en\n---\n\nOrphan.\n");

        JsonPath report = admin().contentType("application/zip").body(zip(files)).post("/api/stories/import-many?filename=wires.zip")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, report.getInt("imported"));
        assertEquals(3, report.getInt("failed"));
        assertEquals("imported", report.getString("stories.find { it.folder == 'wires/a-herat' }.status"));
        assertEquals(2, report.getInt("stories.find { it.folder == 'wires/a-herat' }.versions"));
        assertEquals("Invalid language", report.getString("stories.find { it.folder == 'wires/b-broken' }.error"));
        assertEquals("Story exists", report.getString("stories.find { it.folder == 'wires/c-seed-again' }.error"));
        assertEquals("Not a story folder", report.getString("stories.find { it.folder == 'wires/e-no-story-file' }.error"));

        long herat = report.getLong("stories.find { it.folder == 'wires/a-herat' }.id");
        given().get("/api/stories/" + herat).then().statusCode(200).body("versions[1].language", equalTo("fa"))
                .body("versions[1].translationOf", equalTo(given().get("/api/stories/" + herat).then().extract().path("versions[0].id")));
        long gaza = report.getLong("stories.find { it.folder == 'wires/d-gaza' }.id");
        given().get("/api/stories/" + gaza).then().statusCode(200).body("versions[0].paragraphs", equalTo(2));
        // the broken folder left nothing behind
        assertNull(Stories.all().get("find { it.slug == 'bulk-broken-" + tag + "' }"));
    }

    @Test
    void badZipsAndRolesAreRefused() throws Exception {
        admin().contentType("application/zip").body("not a zip".getBytes(StandardCharsets.UTF_8)).post("/api/stories/import-many")
                .then().statusCode(400).body("error", equalTo("No story folders"));
        admin().contentType("application/zip").body(new byte[0]).post("/api/stories/import-many").then().statusCode(400);
        admin().contentType("application/zip").body(zip(Map.of("notes/readme.txt", "nothing"))).post("/api/stories/import-many")
                .then().statusCode(400).body("error", equalTo("No story folders"));
        byte[] one = StoryZips.zip("x", StoryZips.seedFilesWithSlug("bulk-role-check"));
        given().contentType("application/zip").body(one).post("/api/stories/import-many").then().statusCode(401);
        given().auth().preemptive().basic("bulk-viewer", "bulk viewer password").contentType("application/zip").body(one)
                .post("/api/stories/import-many").then().statusCode(403);
    }
}
