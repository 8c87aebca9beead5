package dev.parallax.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Hostile and broken files are refused with the line or element at fault, and nothing is stored. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class ExchangeImportBadInputTest {

    static final String TMX_BODY = """
            <tmx version="1.4">
            <header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="en"><seg>Assad visited Tehran. %s</seg></tuv><tuv xml:lang="ar"><seg>زار الأسد طهران.</seg></tuv></tu>
            </body>
            </tmx>
            """;

    int storiesBefore;

    @BeforeEach
    void count() {
        storiesBefore = stories();
    }

    @AfterEach
    void nothingStored() {
        assertEquals(storiesBefore, stories(), "a refused file stores nothing");
    }

    @Test
    void xxeReadingEtcPasswdIsRefusedAndReadsNothing() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" + TMX_BODY.formatted("&xxe;");
        Response r = post(xxe, "application/x-tmx+xml", "xxe.tmx");
        assertEquals(400, r.statusCode(), r.asString());
        assertFalse(r.asString().contains("root:"), r.asString());
        r.then().body("detail", containsString("DOCTYPE with declarations"));
        // also as XLIFF, and with a parameter entity
        String xliff = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ar\"><file id=\"f\">"
                + "<unit id=\"u\"><segment><source>a</source><target>ب</target></segment></unit></file></xliff>";
        Response x = post(xliff, "application/xliff+xml", "xxe.xlf");
        assertEquals(400, x.statusCode());
        assertFalse(x.asString().contains("root:"));
        assertFalse(dev.parallax.support.Stories.all().prettify().contains("root:"));
    }

    @Test
    void anEntityReferenceWithoutADeclarationIsRefusedToo() {
        post(TMX_BODY.formatted("&xxe;"), "application/x-tmx+xml", "ref.tmx").then().statusCode(400)
                .body("detail", containsString("xxe"));
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        post(dtd + TMX_BODY.formatted("&l10;"), "application/xml", "laughs.tmx").then().statusCode(400)
                .body("error", equalTo("Refused XML"));
    }

    @Test
    void aDoctypeNamingTheDtdIsAcceptedButNeverFetched() {
        String tmx = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n" + TMX_BODY.formatted("");
        Response r = post(tmx, "application/x-tmx+xml", "doctype.tmx");
        assertEquals(201, r.statusCode(), r.asString());
        given().delete("/api/stories/" + r.jsonPath().getLong("id")).then().statusCode(204);
    }

    @Test
    void tmxWithoutBodyIs400NamingIt() {
        String tmx = "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"paragraph\" o-tmf=\"t\" "
                + "adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/></tmx>";
        post(tmx, "application/x-tmx+xml", "nobody.tmx").then().statusCode(400).body("detail", containsString("<body>"));
        post("<tmx><body>", "application/x-tmx+xml", "cut.tmx").then().statusCode(400)
                .body("error", equalTo("Malformed XML")).body("detail", containsString("line 1"));
        post(TMX_BODY.formatted("").replace("xml:lang=\"ar\"", ""), "application/x-tmx+xml", "nolang.tmx").then().statusCode(400)
                .body("detail", containsString("<tuv> at line 4 has no xml:lang"));
    }

    @Test
    void xliffWithoutTrgLangIs400NamingIt() {
        String xliff = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">"
                + "<file id=\"f\"><unit id=\"u\"><segment><source>a</source></segment></unit></file></xliff>";
        post(xliff, "application/xliff+xml", "notrg.xlf").then().statusCode(400)
                .body("detail", containsString("trgLang")).body("detail", containsString("line 2"));
        post(xliff.replace("2.0\"", "1.2\"").replace("document:2.0", "document:1.2"), "application/xliff+xml", "old.xlf")
                .then().statusCode(400).body("error", equalTo("Not XLIFF 2"));
    }

    @Test
    void csvWithARaggedRowIs400NamingTheLine() {
        String csv = "SANA (en),SANA (ar)\r\n\"Assad visited Tehran.\",\"زار الأسد طهران.\"\r\n\"He met Khamenei.\"\r\n";
        post(csv, "text/csv", "ragged.csv").then().statusCode(400).body("error", equalTo("Ragged rows"))
                .body("detail", containsString("line 3: 1 field where the header has 2"));
        post("SANA (en)\tSANA (ar)\n\"one\"x\tb\n", "text/tab-separated-values", "q.tsv").then().statusCode(400)
                .body("detail", containsString("line 2"));
        post("SANA (en),SANA (ar)\n\"never closed,b\n", "text/csv", "open.csv").then().statusCode(400)
                .body("detail", containsString("line 2: a quoted field is never closed"));
        post("SANA,SANA (ar)\na,b\n", "text/csv", "header.csv").then().statusCode(400)
                .body("detail", containsString("column 1"));
    }

    @Test
    void csvInLatin1Is400NotUtf8() {
        byte[] latin1 = "Le Monde (fr),SANA (en)\r\nAssad a rencontré Khamenei,Assad met Khamenei\r\n".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/csv").body(latin1).post("/api/stories/import?filename=latin1.csv").then().statusCode(400)
                .body("error", equalTo("Wrong encoding")).body("detail", containsString("not UTF-8 (line 2"));
    }

    @Test
    void overTheImportLimitIs413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        given().contentType("text/csv").body(big).post("/api/stories/import?filename=big.csv").then().statusCode(413)
                .body("detail", containsString("parallax.exchange.max-import-size"));
    }

    @Test
    void oneLanguageOnlyOrAnUnknownTypeIsRefused() {
        String one = TMX_BODY.formatted("").replaceAll("<tuv xml:lang=\"ar\">.*?</tuv>", "");
        post(one, "application/x-tmx+xml", "one.tmx").then().statusCode(400).body("error", equalTo("Too few versions"));
        post(TMX_BODY.formatted(""), "application/xml", "memory.xml").then().statusCode(415).body("detail", containsString("?format=tmx"));
        given().contentType("application/pdf").body(new byte[]{1}).post("/api/stories/import").then().statusCode(415);
        post("SANA (en),SANA (xx-!)\na,b\n", "text/csv", "lang.csv").then().statusCode(400)
                .body("error", not(equalTo(""))).body("detail", containsString("column 2"));
    }

    private static Response post(String body, String type, String fileName) {
        return given().contentType(type + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/stories/import?filename=" + fileName);
    }

    private static int stories() {
        return dev.parallax.support.Stories.all().getList("$").size();
    }
}
