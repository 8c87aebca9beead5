package dev.parallax.memory.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memory's pure core on real Arabic and Persian: folding, fuzzy scores, number substitution, word diff, search. */
class MemoryEngineTest {

    static final String SANA_EN = "During his meeting with Khamenei, President al-Assad affirmed that the course of events proved once "
            + "again the correctness of the vision and approach adopted by Syria and Iran for years, especially in the fight against terrorism.";
    static final String SANA_AR = "وخلال لقائه خامنئي، أكد الرئيس الأسد أن مجريات الأحداث أثبتت مرة أخرى صحة الرؤية والنهج اللذين "
            + "اعتمدتهما سورية وإيران منذ سنوات، ولا سيما في مكافحة الإرهاب.";

    @Test
    void foldingMakesArabicAndPersianLetterFormsDigitsAndZwnjOne() {
        assertEquals(Words.fold("احمد"), Words.fold("أحمد"));
        assertEquals(Words.fold("كتاب"), Words.fold("کتاب"));          // Arabic kaf, Persian keheh
        assertEquals(Words.fold("علي"), Words.fold("علی"));            // Arabic yeh, Persian yeh
        assertEquals(Words.fold("عَلِيّ"), Words.fold("علي"));           // harakat and shadda
        assertEquals(Words.fold("مـــرحبا"), Words.fold("مرحبا"));      // tatweel
        assertEquals(Words.fold("میخواهم"), Words.fold("می\u200Cخواهم")); // ZWNJ
        List<Words.Word> numbers = Words.of("۱۴۰۱ و ٢٠٢٢ و 1,000 و ۳٫۵");
        assertEquals(List.of("1401", "2022", "1000", "3.5"),
                numbers.stream().filter(Words.Word::isNumber).map(Words.Word::number).toList());
        assertEquals("۱۴۰۲", Words.inDigitsOf("1402", "۱۴۰۱"));
        assertEquals("٢٠٢٣", Words.inDigitsOf("2023", "٢٠٢٢"));
    }

    @Test
    void anExactMatchScoresFullAndAnEditedSourceLessWithItsDifferenceMarked() {
        MemoryIndex index = new MemoryIndex();
        index.replace("story:1", List.of(new Segment("en", "ar", SANA_EN, SANA_AR, "approved", 1, "seed")));
        List<MemoryIndex.Match> exact = index.lookup("en", "ar", SANA_EN, 0.7, 5);
        assertEquals(1, exact.size());
        assertEquals(1.0, exact.get(0).score());
        assertEquals(SANA_AR, exact.get(0).target());

        String edited = SANA_EN.replace("for years", "for decades");
        MemoryIndex.Match fuzzy = index.lookup("en", "ar", edited, 0.7, 5).get(0);
        assertTrue(fuzzy.score() > 0.9 && fuzzy.score() < 1.0, "one word of 36 differs: " + fuzzy.score());
        assertTrue(fuzzy.diff().contains(new WordDiff.Op("delete", "years, ")), fuzzy.diff().toString());
        assertTrue(fuzzy.diff().contains(new WordDiff.Op("insert", "decades, ")), fuzzy.diff().toString());

        // the wrong direction, another language or an unrelated sentence find nothing
        assertTrue(index.lookup("en", "fa", SANA_EN, 0.7, 5).isEmpty());
        assertTrue(index.lookup("ar", "en", SANA_AR, 0.7, 5).isEmpty());
        assertTrue(index.lookup("en", "ar", "The weather in Damascus was mild on Sunday.", 0.5, 5).isEmpty());
        // "fa-IR" and "ar-SY" tags meet their primary language
        assertEquals(1, index.lookup("en-GB", "ar-SY", SANA_EN, 0.7, 5).size());
    }

    @Test
    void numbersThatDifferAreSubstitutedInTheTranslationsOwnDigitsAndTheScoreSaysSo() {
        MemoryIndex index = new MemoryIndex();
        index.replace("m", List.of(new Segment("en", "fa", "The visit lasted 3 hours in 2022.",
                "این سفر در سال ۲۰۲۲ سه ساعت طول کشید و ۳ دیدار داشت.", "approved", 1, "m")));
        MemoryIndex.Match m = index.lookup("en", "fa", "The visit lasted 3 hours in 2023.", 0.7, 5).get(0);
        assertEquals(List.of(new MemoryIndex.Substitution("2022", "2023")), m.substitutions());
        assertTrue(m.target().contains("۲۰۲۳") && !m.target().contains("۲۰۲۲"), m.target());
        assertEquals(0.99, m.score());
    }

    @Test
    void anApprovedTranslationRanksAboveADraftOfTheSameSource() {
        MemoryIndex index = new MemoryIndex();
        index.replace("a", List.of(new Segment("en", "ar", SANA_EN, SANA_AR + " (مسودة)", "draft", 2, "draft")));
        index.replace("b", List.of(new Segment("en", "ar", SANA_EN, SANA_AR, "approved", 1, "approved")));
        List<MemoryIndex.Match> matches = index.lookup("en", "ar", SANA_EN, 0.7, 5);
        assertEquals(2, matches.size());
        assertEquals("approved", matches.get(0).segment().status());
        assertTrue(matches.get(0).score() > matches.get(1).score());
        // replacing a group drops its old segments
        index.replace("b", List.of());
        assertEquals(1, index.lookup("en", "ar", SANA_EN, 0.7, 5).size());
        assertEquals(1, index.size());
    }

    @Test
    void searchFindsAPhraseAcrossLetterFormsAndFiltersByTheCallersTest() {
        TextIndex index = new TextIndex();
        index.replace("s1", List.of(
                new TextIndex.Doc("en", "Its readout quoted Khamenei as telling Assad that his “victory in an international war” "
                        + "has increased the credibility of Syria.", 1),
                new TextIndex.Doc("en", "An international observer said the war was not a victory in any sense.", 2),
                new TextIndex.Doc("fa", "به گزارش نورنیوز، رسانه‌ای وابسته به شورای عالی امنیت ملی ایران", 3)));
        List<TextIndex.Hit> hits = index.find("victory in an international war", false, d -> true);
        assertEquals(2, hits.size());
        assertTrue(hits.get(0).phrase());
        assertEquals(1, hits.get(0).doc().ref());
        assertTrue(hits.get(0).snippet(160).contains("victory in an international war"));
        assertEquals(1, index.find("victory in an international war", true, d -> true).size());
        // ZWNJ and yeh forms: typed without ZWNJ and with Arabic yeh
        assertEquals(1, index.find("رسانهاي وابسته", true, d -> true).size());
        assertEquals(0, index.find("victory", false, d -> d.language().equals("fa")).size());
    }
}
