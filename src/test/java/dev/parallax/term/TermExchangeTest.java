package dev.parallax.term;

import dev.parallax.common.ApiException;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.TermStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The termbase's CSV and TBX: the seed names read, written and read back the same; bad files refused with the place at fault. */
class TermExchangeTest {

    static byte[] sample() throws IOException {
        try (InputStream in = TermExchangeTest.class.getResourceAsStream("/termbase-sample.csv")) {
            return in.readAllBytes();
        }
    }

    static List<ConceptData> validated(List<ConceptData> concepts) {
        // the comparison ignores where each concept came from
        return concepts.stream().map(TermService::validate)
                .map(c -> new ConceptData(c.key(), c.domain(), c.definition(), c.terms(), "")).toList();
    }

    @Test
    void csvSampleReadsIntoConceptsWithTheirTerms() throws IOException {
        List<ConceptData> concepts = TermCsv.read(sample());
        assertEquals(11, concepts.size());
        ConceptData raisi = concepts.stream().filter(c -> c.key().equals("person-ebrahim-raisi")).findFirst().orElseThrow();
        assertEquals("President of Iran 2021–2024", raisi.definition());
        assertEquals(7, raisi.terms().size());
        assertEquals(TermStatus.FORBIDDEN, raisi.terms().get(2).status());
        assertEquals("transliteration of رئیسی used by some outlets; write Raisi", raisi.terms().get(2).note());
        assertEquals("علی خامنه‌ای", concepts.get(1).terms().get(4).text(), "ZWNJ kept");
    }

    @Test
    void tbxRoundTripGivesTheSameConcepts() throws IOException {
        List<ConceptData> concepts = validated(TermCsv.read(sample()));
        byte[] tbx = TermTbx.write(concepts);
        String xml = new String(tbx, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<conceptEntry id=\"person-ali-khamenei\">"), xml.substring(0, 600));
        assertTrue(xml.contains("<langSec xml:lang=\"fa\"><termSec><term>علی خامنه‌ای</term>"), "Persian kept as written");
        assertTrue(xml.contains("deprecatedTerm-admn-sts"));
        assertEquals(concepts, validated(TermTbx.read(tbx)));
        assertEquals(concepts, validated(TermCsv.read(TermCsv.write(concepts, "round trip").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void raggedCsvLineIsRefusedNamingTheLine() {
        String csv = "# comment\nconcept,domain,definition,language,term,status,part_of_speech,outlet,note\n"
                + "place-tehran,place,,en,Tehran,preferred,,,\nplace-tehran,,,fa,تهران,preferred\n";
        ApiException e = assertThrows(ApiException.class, () -> TermCsv.read(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("line 4: 6 fields where the header has 9.", e.detail());
        String badStatus = "concept,domain,definition,language,term,status,part_of_speech,outlet,note\nx,place,,en,Tehran,preferable,,,\n";
        assertTrue(assertThrows(ApiException.class, () -> TermCsv.read(badStatus.getBytes(StandardCharsets.UTF_8))).detail()
                .startsWith("line 2: unknown status 'preferable'"));
    }

    @Test
    void hostileTbxIsRefused() {
        String entities = "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY x \"boom\">]><tbx><text><body>"
                + "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>&x;</term></termSec></langSec></conceptEntry>"
                + "</body></text></tbx>";
        ApiException e = assertThrows(ApiException.class, () -> TermTbx.read(entities.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, e.status());
        assertTrue(e.detail().contains("DOCTYPE with declarations"), e.detail());
        String noTerm = "<tbx><text><body><conceptEntry id=\"place-x\"><langSec xml:lang=\"en\"><termSec>"
                + "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry></body></text></tbx>";
        assertTrue(assertThrows(ApiException.class, () -> TermTbx.read(noTerm.getBytes(StandardCharsets.UTF_8))).detail()
                .contains("<conceptEntry> 'place-x' (line 1) has no <term>"));
    }

    @Test
    void duplicateTermsInAConceptAreMerged() throws IOException {
        String csv = "concept,domain,definition,language,term,status,part_of_speech,outlet,note\n"
                + "person-raisi,person,,en,Raisi,admitted,,,\nperson-raisi,,,fa,رئیسی,preferred,,,\nperson-raisi,,,en,RAISI,preferred,noun,,checked\n";
        ConceptData c = TermService.validate(TermCsv.read(csv.getBytes(StandardCharsets.UTF_8)).get(0));
        assertEquals(2, c.terms().size());
        assertEquals(TermStatus.PREFERRED, c.terms().get(0).status());
        assertEquals("checked", c.terms().get(0).note());
        assertEquals("en", c.terms().get(0).language());
    }
}
