package dev.parallax.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A write the server acknowledged survives the process being killed: the packaged application takes Arabic
 * and Persian paragraph inserts and saves through the API, is killed with SIGKILL right after the last
 * answer, and after a restart on the same database every acknowledged write is there. (H2's default
 * background writer lost the last few of 150 such inserts; the database URL now has WRITE_DELAY=0.)
 */
class KillNineIT {

    private static final String[] ARABIC = {
            "استقبل قائد الثورة الإسلامية آية الله السيد علي خامنئي الرئيس بشار الأسد في طهران.",
            "وأكد الرئيس الأسد أن العلاقات بين سوريا وإيران استراتيجية.",
            "وبحث الجانبان العلاقات الثنائية والتطورات في المنطقة."};
    private static final String[] PERSIAN = {
            "بشار اسد، رئیس‌جمهور سوریه، با رهبر انقلاب اسلامی دیدار کرد.",
            "رئیسی در این دیدار بر گسترش روابط دو کشور تأکید کرد.",
            "این سفر بدون اعلام قبلی انجام شد."};

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        try (AppDatabase db = AppDatabase.create(work)) {
            Map<String, String> settings = new HashMap<>(db.settings);
            settings.put("PARALLAX_IMPORT_ON_STARTUP", "false");
            long arabic;
            long persian;
            List<String> expectedArabic = new ArrayList<>();
            List<String> expectedPersian = new ArrayList<>();
            AppProcess app = AppProcess.start(settings, work.resolve("first.log")).awaitReady();
            try {
                long story = AppProcess.JSON.readTree(created(app.write("POST", "/api/stories",
                        AppProcess.map("title", "Kill -9 durability")))).get("id").asLong();
                arabic = version(app, story, "SANA", "ar", ARABIC[0], expectedArabic);
                persian = version(app, story, "IRNA", "fa", PERSIAN[0], expectedPersian);
                // acknowledged writes, one after the other, on both versions: inserts, then saves of some of them
                for (int i = 1; i <= 75; i++) {
                    insert(app, arabic, i + ". " + ARABIC[i % ARABIC.length], expectedArabic);
                    insert(app, persian, i + ". " + PERSIAN[i % PERSIAN.length], expectedPersian);
                }
                for (int i = 70; i <= 75; i++) {
                    save(app, arabic, i, "مُراجَع " + i + ": " + ARABIC[i % ARABIC.length], expectedArabic);
                    save(app, persian, i, "بازبینی " + i + ": " + PERSIAN[i % PERSIAN.length], expectedPersian);
                }
            } finally {
                app.kill9(); // right after the last acknowledged write
            }
            try (AppProcess again = AppProcess.start(settings, work.resolve("second.log")).awaitReady()) {
                assertEquals(expectedArabic, texts(again.get("/api/versions/" + arabic)), "Arabic paragraphs after kill -9");
                assertEquals(expectedPersian, texts(again.get("/api/versions/" + persian)), "Persian paragraphs after kill -9");
            }
        }
    }

    private static long version(AppProcess app, long story, String outlet, String language, String text, List<String> expected)
            throws Exception {
        JsonNode version = AppProcess.JSON.readTree(created(app.write("POST", "/api/stories/" + story + "/versions",
                AppProcess.map("outlet", outlet, "language", language, "title", outlet, "kind", "original", "text", text))));
        expected.add(text);
        return version.get("id").asLong();
    }

    private static void insert(AppProcess app, long version, String text, List<String> expected) throws Exception {
        created(app.write("POST", "/api/versions/" + version + "/paragraphs", AppProcess.map("index", expected.size(), "text", text)));
        expected.add(text);
    }

    private static void save(AppProcess app, long version, int index, String text, List<String> expected) throws Exception {
        HttpResponse<String> r = app.write("PUT", "/api/versions/" + version + "/paragraphs/" + index,
                AppProcess.map("text", text, "status", "translated", "baseRevision", 1));
        assertEquals(200, r.statusCode(), r.body());
        expected.set(index, text);
    }

    private static String created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return r.body();
    }

    private static List<String> texts(JsonNode version) {
        List<String> texts = new ArrayList<>();
        version.get("paragraphs").forEach(p -> texts.add(p.get("text").asText()));
        return texts;
    }
}
