package dev.parallax.exchange;

import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.exchange.ExchangeRoundTripTest.csv;
import static dev.parallax.exchange.ExchangeRoundTripTest.export;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each export of the seed story checked by an independent reader: the TMX DTD, the XLIFF XSD and Okapi, POI. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class ExchangeFormatsTest {

    static final Path TMX_DTD = Path.of("..", "shared", "standards", "tmx14.dtd");

    @Test
    void tmxOfAllFiveVersionsIsValidTmx14b() throws Exception {
        String versions = csv(Seed.versionId("syrian-observer.en"), Seed.versionId("sana.en"), Seed.versionId("nournews.en"),
                Seed.versionId("sana.ar"), Seed.versionId("nournews.fa"));
        Response r = given().get("/api/stories/" + Seed.storyId() + "/export?format=tmx&versions=" + versions);
        assertEquals(200, r.statusCode());
        assertEquals("application/x-tmx+xml;charset=UTF-8", r.contentType().replace(" ", ""));
        assertEquals("attachment; filename=\"assad-tehran-visit.tmx\"", r.header("Content-Disposition"));
        Document tmx = validTmx(r.asByteArray());

        Element header = (Element) tmx.getElementsByTagName("header").item(0);
        assertEquals("en", header.getAttribute("srclang"));
        assertEquals("paragraph", header.getAttribute("segtype"));
        NodeList tus = tmx.getElementsByTagName("tu");
        assertEquals(20, tus.getLength(), "one tu per row");
        // row 2: the report's paragraph quoting Nournews, Nournews' English and our Persian: three English-free...
        Element row2 = (Element) tus.item(1);
        List<String> langs = new ArrayList<>();
        Set<String> versionProps = new HashSet<>();
        NodeList tuvs = row2.getElementsByTagName("tuv");
        for (int i = 0; i < tuvs.getLength(); i++) {
            Element tuv = (Element) tuvs.item(i);
            langs.add(tuv.getAttribute("xml:lang"));
            versionProps.add(prop(tuv, "x-version"));
            assertNotNull(prop(tuv, "x-outlet"));
        }
        assertEquals(List.of("en", "en", "fa"), langs, "empty cells have no tuv");
        assertEquals(Set.of(String.valueOf(Seed.versionId("syrian-observer.en")), String.valueOf(Seed.versionId("nournews.en")),
                String.valueOf(Seed.versionId("nournews.fa"))), versionProps, "two English versions told apart by x-version");
    }

    @Test
    void tmxBySentenceMarksSegtypeAndGroupsRows() throws Exception {
        String versions = csv(Seed.versionId("syrian-observer.en"), Seed.versionId("sana.ar"));
        Document tmx = validTmx(export(Seed.storyId(), versions, "tmx", "&segmentation=sentence"));
        Element header = (Element) tmx.getElementsByTagName("header").item(0);
        assertEquals("sentence", header.getAttribute("segtype"));
        NodeList tus = tmx.getElementsByTagName("tu");
        assertTrue(tus.getLength() > 20, "more sentence rows than paragraph rows: " + tus.getLength());
        Set<String> rows = new HashSet<>();
        for (int i = 0; i < tus.getLength(); i++) {
            rows.add(prop((Element) tus.item(i), "x-row"));
        }
        assertEquals(20, rows.size());
    }

    @Test
    void xliffOfSanaToArabicIsValidAndOkapiReadsIt() throws Exception {
        long en = Seed.versionId("sana.en");
        long ar = Seed.versionId("sana.ar");
        long story = Seed.storyId();
        // the seed's Arabic paragraphs are "translated"; a reviewer approves the second one
        int revision = given().get("/api/versions/" + ar).then().extract().jsonPath().getInt("paragraphs[1].revision");
        String text = given().get("/api/versions/" + ar).then().extract().jsonPath().getString("paragraphs[1].text");
        given().contentType("application/json").body(Map.of("text", text, "status", "approved", "baseRevision", revision))
                .put("/api/versions/" + ar + "/paragraphs/1").then().statusCode(200);
        try {
            for (String segmentation : List.of("paragraph", "sentence")) {
                Response r = given().get("/api/stories/" + story + "/export?format=xliff&segmentation=" + segmentation
                        + "&versions=" + csv(en, Seed.versionId("nournews.en"), ar) + "&target=" + ar);
                assertEquals(200, r.statusCode(), r.asString());
                assertEquals("attachment; filename=\"assad-tehran-visit.en-ar.xlf\"", r.header("Content-Disposition"));
                byte[] xliff = r.asByteArray();
                SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                        .newSchema(XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"))
                        .newValidator().validate(new StreamSource(new ByteArrayInputStream(xliff)));

                List<Unit> units = new ArrayList<>();
                String trgLang = null;
                try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
                    reader.open(new ByteArrayInputStream(xliff));
                    while (reader.hasNext()) {
                        Event e = reader.next();
                        if (e.isStartXliff()) {
                            trgLang = e.getStartXliffData().getTargetLanguage();
                        }
                        if (e.isUnit()) {
                            units.add(e.getUnit());
                        }
                    }
                }
                assertEquals("ar", trgLang);
                assertEquals(11, units.size(), "one unit per row of the pair");
                Segment first = units.get(0).getSegment(0);
                assertEquals("translated", first.getState().toString(), "the target paragraph's status");
                assertEquals("final", units.get(1).getSegment(0).getState().toString(), "an approved paragraph");
                assertTrue(first.getSource().getPlainText().startsWith("The Syrian official news agency SANA"));
                assertTrue(first.getTarget().getPlainText().startsWith("أفادت وكالة الأنباء السورية"));
            }
        } finally {
            int now = given().get("/api/versions/" + ar).then().extract().jsonPath().getInt("paragraphs[1].revision");
            given().contentType("application/json").body(Map.of("text", text, "status", "translated", "baseRevision", now))
                    .put("/api/versions/" + ar + "/paragraphs/1").then().statusCode(200);
        }
    }

    @Test
    void xliffBySentenceHasASegmentPerSentencePair() throws Exception {
        long report = Seed.versionId("syrian-observer.en");
        byte[] xliff = export(Seed.storyId(), csv(report, Seed.versionId("sana.en")), "xliff", "&segmentation=sentence");
        List<Unit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                Event e = reader.next();
                if (e.isUnit()) {
                    units.add(e.getUnit());
                }
            }
        }
        assertEquals(20, units.size());
        // "The supreme leader's website confirmed the meeting. Its readout of the rare sit-down quoted …"
        Unit readout = units.get(2);
        assertEquals(2, readout.getSegmentCount());
        assertEquals("The supreme leader’s website confirmed the meeting.", readout.getSegment(0).getSource().getPlainText());
        assertTrue(units.stream().mapToInt(Unit::getSegmentCount).sum() > 20);
    }

    @Test
    void docxIsASideBySideTableWithRightToLeftArabicAndPersian() throws Exception {
        String versions = csv(Seed.versionId("syrian-observer.en"), Seed.versionId("sana.en"), Seed.versionId("sana.ar"),
                Seed.versionId("nournews.fa"));
        Response r = given().get("/api/stories/" + Seed.storyId() + "/export?format=docx&versions=" + versions);
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"assad-tehran-visit.docx\"", r.header("Content-Disposition"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.asByteArray()))) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals(21, table.getRows().size(), "a header and 20 rows");
            XWPFTableRow header = table.getRow(0);
            assertEquals(List.of("Row", "The Syrian Observer (en)", "SANA (en)", "Parallax (translation of SANA) (ar)",
                    "Parallax (translation of Nournews) (fa)", "Status", "Flags"),
                    header.getTableCells().stream().map(c -> c.getText()).toList());
            for (XWPFTableRow row : table.getRows()) {
                assertEquals(7, row.getTableCells().size());
            }
            XWPFTableRow quote = table.getRow(2); // row 2: the report quoting Nournews, and our Persian
            assertEquals("", quote.getCell(2).getText(), "SANA has nothing here: the cell stays empty");
            XWPFParagraph persian = quote.getCell(4).getParagraphs().get(0);
            assertTrue(persian.getText().startsWith("به گزارش نورنیوز"));
            assertRightToLeft(persian, "fa");
            XWPFTableRow sana = table.getRow(9); // SANA's first paragraph, in English and Arabic
            assertTrue(sana.getCell(2).getText().startsWith("The Syrian official news agency SANA"));
            XWPFParagraph arabic = sana.getCell(3).getParagraphs().get(0);
            assertTrue(arabic.getText().startsWith("أفادت وكالة الأنباء"));
            assertRightToLeft(arabic, "ar");
            XWPFParagraph english = sana.getCell(2).getParagraphs().get(0);
            assertFalse(english.getCTP().isSetPPr() && english.getCTP().getPPr().isSetBidi());
            assertEquals("en", english.getRuns().get(0).getCTR().getRPr().getLangArray(0).getVal());
        }
    }

    @Test
    void csvHasAHeaderPerVersionAndABomOnRequest() {
        String versions = csv(Seed.versionId("sana.en"), Seed.versionId("nournews.en"), Seed.versionId("sana.ar"));
        Response r = given().get("/api/stories/" + Seed.storyId() + "/export?format=csv&bom=true&versions=" + versions);
        assertEquals("text/csv;charset=UTF-8", r.contentType().replace(" ", ""));
        assertEquals("attachment; filename=\"assad-tehran-visit.csv\"", r.header("Content-Disposition"));
        byte[] bytes = r.asByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("SANA (en),Nournews (en),Parallax (translation of SANA) (ar)\r\n"), text.substring(0, 80));
        assertTrue(text.contains("\r\n,\"Syrian President Bashar al-Assad met"), "the empty SANA cell stays empty");
        byte[] tsv = export(Seed.storyId(), versions, "tsv", "");
        assertTrue(new String(tsv, StandardCharsets.UTF_8).startsWith("SANA (en)\tNournews (en)\t"));
    }

    @Test
    void jsonIsTheAlignmentApiWithTextsInlined() {
        String versions = csv(Seed.versionId("syrian-observer.en"), Seed.versionId("sana.en"), Seed.versionId("sana.ar"));
        JsonPath api = given().get("/api/stories/" + Seed.storyId() + "/alignment?sentences=false&versions=" + versions).jsonPath();
        JsonPath json = ExchangeRoundTripTest.exportJson(Seed.storyId(), versions);
        assertEquals(api.getList("versions"), json.getList("versions"));
        for (String field : List.of("cells", "score", "moved", "confirmed", "fixed")) {
            assertEquals(api.getList("rows." + field), json.getList("rows." + field), field);
        }
        assertEquals(List.of("أفادت وكالة الأنباء السورية الرسمية سانا بأن الرئيس الأسد أجرى «زيارة عمل» إلى طهران، التقى خلالها قائد الثورة الإسلامية في إيران آية الله السيد علي خامنئي، والرئيس الإيراني إبراهيم رئيسي."),
                json.getList("rows[8].texts[2]"));
        assertEquals(List.of(), json.getList("rows[0].texts[1]"));
    }

    @Test
    void badExportRequestsAreRefused() {
        long story = Seed.storyId();
        given().get("/api/stories/" + story + "/export?format=pdf").then().statusCode(400);
        given().get("/api/stories/" + story + "/export?format=csv&segmentation=word").then().statusCode(400);
        given().get("/api/stories/" + story + "/export?format=xliff&versions=" + csv(Seed.versionId("sana.en"), Seed.versionId("sana.ar"))
                + "&target=" + Seed.versionId("sana.en")).then().statusCode(400);
        given().get("/api/stories/" + story + "/export?format=xliff&target=999999").then().statusCode(404);
        given().get("/api/stories/999999/export?format=csv").then().statusCode(404);
    }

    private static void assertRightToLeft(XWPFParagraph p, String language) {
        assertTrue(p.getCTP().getPPr().isSetBidi(), "w:bidi on the paragraph");
        var rpr = p.getRuns().get(0).getCTR().getRPr();
        assertTrue(rpr.sizeOfRtlArray() > 0, "w:rtl on the run");
        assertEquals(language, rpr.getLangArray(0).getBidi());
    }

    static String prop(Element parent, String type) {
        NodeList props = parent.getChildNodes();
        for (int i = 0; i < props.getLength(); i++) {
            if (props.item(i) instanceof Element e && e.getTagName().equals("prop") && e.getAttribute("type").equals(type)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /** Parses with DTD validation against the TMX 1.4b DTD of ../shared (skipped without it). */
    static Document validTmx(byte[] tmx) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TMX_DTD), "no TMX DTD at " + TMX_DTD.toAbsolutePath());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                return new InputSource(Files.newInputStream(TMX_DTD));
            }
            throw new IllegalArgumentException("unexpected entity " + systemId);
        });
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        Document doc = builder.parse(new ByteArrayInputStream(tmx));
        assertEquals(List.of(), errors, "valid against the TMX 1.4b DTD");
        return doc;
    }
}
