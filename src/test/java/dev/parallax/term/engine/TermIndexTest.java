package dev.parallax.term.engine;

import dev.parallax.term.TermCsv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding the seed story's names in its English, Arabic and Persian sentences, whatever the spelling variant. */
class TermIndexTest {

    static TermIndex sample() throws IOException {
        try (InputStream in = TermIndexTest.class.getResourceAsStream("/termbase-sample.csv")) {
            List<TermIndex.Entry> entries = new ArrayList<>();
            long id = 0;
            for (ConceptData c : TermCsv.read(in.readAllBytes())) {
                id++;
                for (TermData t : c.terms()) {
                    entries.add(TermIndex.entry(id, c.domain(), t.language(), t.text(), t.status(), t.outlet()));
                }
            }
            return new TermIndex(entries);
        }
    }

    static List<String> found(TermIndex index, String text, String language) {
        return index.find(text, language).stream().map(h -> text.substring(h.start(), h.end()) + "=" + h.term().text()).toList();
    }

    @Test
    void englishFindsTheLongestTermAndIgnoresCase() throws IOException {
        TermIndex index = sample();
        assertEquals(List.of("Bashar al-Assad=Bashar al-Assad", "KHAMENEI=Khamenei", "Raeisi=Raeisi", "Tehran=Tehran"),
                found(index, "Syrian President Bashar al-Assad met KHAMENEI and Raeisi in Tehran.", "en-GB"));
    }

    @Test
    void arabicCliticsAndHamzaFormsAreFound() throws IOException {
        TermIndex index = sample();
        String sana = "التقى خلالها قائد الثورة الإسلامية في إيران آية الله السيد علي خامنئي، والرئيس الإيراني إبراهيم رئيسي.";
        assertEquals(List.of("قائد الثورة الإسلامية=قائد الثورة الإسلامية", "إيران=إيران", "علي خامنئي=علي خامنئي",
                "إبراهيم رئيسي=إبراهيم رئيسي"), found(index, sana, "ar"));
        assertEquals(List.of("والأسد=الأسد"), found(index, "والأسد", "ar"));
        // Persian letters in an Arabic text still match: ی/ي and ک/ك fold together
        assertEquals(List.of("رئیسی=رئيسي"), found(index, "رئیسی", "ar"));
    }

    @Test
    void persianWithAndWithoutZwnjIsFound() throws IOException {
        TermIndex index = sample();
        assertEquals(List.of("آیت‌الله علی خامنه‌ای=علی خامنه‌ای".substring(9)),
                found(index, "آیت‌الله علی خامنه‌ای", "fa"));
        assertEquals(List.of("خامنهای=خامنه‌ای"), found(index, "خامنهای", "fa"));
        assertTrue(index.isTermWord("خامنئي", "ar"));
        assertFalse(index.isTermWord("خامي", "ar"));
    }

    @Test
    void preferredFormPerLanguage() throws IOException {
        TermIndex index = sample();
        long raisi = index.find("Raisi", "en").get(0).conceptId();
        assertEquals("ابراهیم رئیسی", index.preferred(raisi, "fa").text());
        assertEquals("Ebrahim Raisi", index.preferred(raisi, "en").text());
        assertEquals(TermStatus.FORBIDDEN, index.find("Raeisi", "en").get(0).term().status());
    }
}
