package dev.parallax.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Adding a version by uploading a file: .txt/.md with front matter, .html, .docx; the rest is 415. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class VersionUploadApiTest {

    long story;

    @BeforeEach
    void newStory() {
        story = given().contentType(ContentType.JSON).body(Map.of("title", "Uploads")).post("/api/stories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void seedVersionFilesWithFrontMatterLinkTranslationsByKey() throws IOException {
        byte[] source = Files.readAllBytes(Path.of("translations/assad-tehran-visit/03-nournews.en.txt"));
        long sourceId = given().contentType("text/plain; charset=UTF-8").body(source)
                .post("/api/stories/" + story + "/versions?filename=03-nournews.en.txt")
                .then().statusCode(201).body("key", equalTo("nournews.en")).extract().jsonPath().getLong("id");
        byte[] file = Files.readAllBytes(Path.of("translations/assad-tehran-visit/05-nournews.fa.txt"));
        JsonPath v = given().contentType("text/plain; charset=UTF-8").body(file)
                .post("/api/stories/" + story + "/versions?filename=05-nournews.fa.txt&title=" + "نورنیوز")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("Parallax (translation of Nournews)", v.getString("outlet"));
        assertEquals("fa", v.getString("language"));
        assertEquals("نورنیوز", v.getString("title"), "query parameters override the file's header");
        assertEquals("2022-05-08", v.getString("publishedAt"));
        assertEquals("translation", v.getString("kind"));
        assertEquals(sourceId, v.getLong("translationOf"));
        assertEquals(1, v.getList("paragraphs").size());
        assertEquals(true, v.getString("paragraphs[0].text").startsWith("به گزارش نورنیوز"));
    }

    @Test
    void htmlGivesTitleLanguageAndParagraphsWithoutChrome() {
        String html = """
                <!DOCTYPE html><html lang="ar"><head><title>الأسد في طهران</title><script>alert(1)</script></head>
                <body><nav><a href="/">الرئيسية</a></nav>
                <h1>الأسد في طهران</h1>
                <p>التقى الرئيس بشار الأسد <b>قائد الثورة</b> آية الله السيد علي خامنئي.</p>
                <blockquote><p>«إن سورية اليوم ليست سورية ما قبل الحرب»</p></blockquote>
                <footer>© SANA</footer></body></html>""";
        JsonPath v = given().contentType("text/html; charset=UTF-8").body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/stories/" + story + "/versions?outlet=SANA&filename=report.html")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("ar", v.getString("language"));
        assertEquals("الأسد في طهران", v.getString("title"));
        assertEquals(List.of("التقى الرئيس بشار الأسد قائد الثورة آية الله السيد علي خامنئي.", "«إن سورية اليوم ليست سورية ما قبل الحرب»"),
                v.getList("paragraphs.text"));
    }

    @Test
    void docxParagraphsBecomeVersionParagraphs() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle("Assad in Tehran");
            doc.createParagraph().createRun().setText("Syrian President Bashar al-Assad met Khamenei.");
            doc.createParagraph().createRun().setText("");
            doc.createParagraph().createRun().setText("He left for Damascus the same day.");
            doc.write(out);
            docx = out.toByteArray();
        }
        given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").body(docx)
                .post("/api/stories/" + story + "/versions?outlet=Nournews&language=en&filename=nournews.docx")
                .then().statusCode(201)
                .body("title", equalTo("Assad in Tehran"))
                .body("paragraphs.text", equalTo(List.of("Syrian President Bashar al-Assad met Khamenei.", "He left for Damascus the same day.")));
    }

    @Test
    void unsupportedFilesAre415AndBadFilesAre400() {
        given().contentType("application/octet-stream").body(new byte[]{37, 80, 68, 70})
                .post("/api/stories/" + story + "/versions?filename=report.pdf&outlet=X&language=en")
                .then().statusCode(415).body("error", equalTo("Unsupported file type")).body("detail", containsString("report.pdf"));
        given().contentType("application/octet-stream").body(new byte[]{1, 2})
                .post("/api/stories/" + story + "/versions?outlet=X&language=en")
                .then().statusCode(415);
        given().contentType("text/plain").body(new byte[]{(byte) 0xC3, (byte) 0x28, 65})
                .post("/api/stories/" + story + "/versions?filename=latin1.txt&outlet=X&language=en")
                .then().statusCode(400).body("error", equalTo("Wrong encoding"));
        given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").body("not a zip".getBytes())
                .post("/api/stories/" + story + "/versions?filename=broken.docx&outlet=X&language=en")
                .then().statusCode(400).body("error", equalTo("Unreadable DOCX"));
        given().contentType("text/plain").body("---\noutlet: X\nlanguage en\n---\n\nText.".getBytes())
                .post("/api/stories/" + story + "/versions?filename=v.txt")
                .then().statusCode(400).body("error", equalTo("Malformed front matter"));
        given().get("/api/stories/" + story).then().body("versions.size()", equalTo(0));
    }
}
