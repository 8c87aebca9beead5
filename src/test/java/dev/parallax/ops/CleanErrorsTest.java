package dev.parallax.ops;

import dev.parallax.common.ApiException;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A refused request's {@code detail} is in the workbench's words: what is wrong and what to do, never a
 * library's message (Apache POI's "please open an issue on bugzilla", Jackson's token dumps, class names).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class CleanErrorsTest {

    /** Words that only a library's or the JVM's own message would use. */
    static final Pattern INTERNALS = Pattern.compile(
            "(?i)bugzilla|IOUtils|org\\.apache|poi|jackson|com\\.fasterxml|java\\.|exception|\\bat \\w+\\.|Unexpected character|"
                    + "\\(code \\d+\\)|setByteArrayMaxOverride|ZipFile|OOXML|XWPF|Stax|Xerces|Cannot deserialize");

    @Test
    void hostileWordFilesAreRefusedInOurWords() throws IOException {
        long story = Seed.storyId();
        byte[][] hostile = {
                "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1),
                zip("[Content_Types].xml", "<Types/>"),
                zip("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>"),
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}, // old .doc
        };
        for (byte[] file : hostile) {
            clean(given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").body(file)
                    .post("/api/stories/" + story + "/versions?filename=report.docx&outlet=SANA&language=ar"), 400);
            clean(given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").body(file)
                    .post("/api/stories/import?filename=review.docx"), 400);
        }
    }

    @Test
    void brokenZipsAndJsonAreRefusedInOurWords() throws IOException {
        clean(given().contentType("application/zip").body("PK\u0003\u0004\u0014\u0000garbage".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/stories/import?filename=story.zip"), 400);
        byte[] truncated = zip("assad/story", "title: A story\nslug: a-story\n");
        clean(given().contentType("application/zip").body(java.util.Arrays.copyOf(truncated, truncated.length / 2))
                .post("/api/stories/import?filename=story.zip"), 400);
        String detail = clean(given().contentType(ContentType.JSON).body("{\"title\": tru").post("/api/stories"), 400);
        assertTrue(detail.startsWith("The body is not valid JSON (line 1"), detail);
        detail = clean(given().contentType(ContentType.JSON).body("{\"title\": [\"a\"]}").post("/api/stories"), 400);
        assertEquals("The field 'title' has a value of the wrong type (line 1, column 11).", detail);
        clean(given().contentType(ContentType.JSON).body("{\"versionDetails\": [}").post("/api/stories/import?filename=x.json"), 400);
    }

    /** Found by fuzzing: a control character inside a DOCTYPE made the JDK's XML parser throw its own bug (a 500). */
    @Test
    void aTmxThatBreaksTheJdkParserIsA400() throws IOException {
        byte[] tmx = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/dev/parallax/exchange/ImportersFuzzTestInputs/tmx/found-invalid-char-in-dtd.tmx"));
        String detail = clean(given().contentType("application/x-tmx+xml").body(tmx).post("/api/stories/import?filename=found.tmx"), 400);
        assertTrue(detail.startsWith("found.tmx is not well-formed XML"), detail);
    }

    @Test
    void poisMessageNeverReachesTheDetail() {
        String poi = "Tried to allocate an array of length 1,264,914,048, but the maximum length for this record type is 100,000,000. "
                + "If the file is not corrupt and not large, please open an issue on bugzilla to request increasing the maximum "
                + "allowable size for this record type. You can set a higher override value with IOUtils.setByteArrayMaxOverride()";
        ApiException e = ApiException.unreadableDocx("review.docx", new RuntimeException(poi));
        assertEquals(400, e.status());
        assertFalse(INTERNALS.matcher(e.detail()).find(), e.detail());
        assertTrue(e.detail().startsWith("review.docx is not a readable Word document: it unpacks to more"), e.detail());
    }

    private static String clean(Response response, int status) {
        response.then().statusCode(status);
        String detail = response.jsonPath().getString("detail");
        assertTrue(detail != null && !detail.isBlank(), response.asString());
        assertFalse(INTERNALS.matcher(detail).find(), "library internals in: " + detail);
        return detail;
    }

    static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
