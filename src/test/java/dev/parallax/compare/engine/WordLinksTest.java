package dev.parallax.compare.engine;

import dev.parallax.compare.TermbaseLookup;
import dev.parallax.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words linked across the languages of a row, on the seed story's SANA sentences: the starter termbase's concepts,
 * numbers in any digits, names by consonant skeleton without a termbase, and learnt word pairs.
 */
class WordLinksTest {

    static final WordLinks WITH_TERMS = new WordLinks(new TermbaseLookup(TermRuleTest.starter()), WordLinks.WordPairs.NONE);

    static List<String> linked(WordLinks links, String en, String ar) {
        List<List<WordLinks.Mark>> marks = links.marks(List.of(new WordLinks.Cell(en, "en"), new WordLinks.Cell(ar, "ar")));
        List<String> out = new ArrayList<>();
        for (WordLinks.Link l : WordLinks.links(marks.get(0), marks.get(1))) {
            out.add(l.kind() + ":" + en.substring(l.baseStart(), l.baseEnd()) + "=" + ar.substring(l.otherStart(), l.otherEnd()));
        }
        return out;
    }

    @Test
    void termsAndNumbersOfASanaSentenceAreLinked() {
        String en = "This is the Syrian president's second trip to Tehran since the start of Syria's war in 2011, said Raisi.";
        String ar = "هذه هي الزيارة الثانية للرئيس السوري إلى طهران منذ بدء الحرب في سورية عام ٢٠١١، قال رئيسي.";
        List<String> links = linked(WITH_TERMS, en, ar);
        assertTrue(links.containsAll(List.of("term:Tehran=طهران", "term:Syria=سورية", "number:2011=٢٠١١", "term:Raisi=رئيسي")), links.toString());
    }

    @Test
    void repeatedNamesPairInOrderAndLeftoversJoinTheLast() {
        String en = "Assad met Khamenei. Khamenei praised Assad.";
        String ar = "التقى الأسد خامنئي. وأشاد خامنئي بالأسد. وقال الأسد";
        assertEquals(List.of("term:Assad=الأسد", "term:Khamenei=خامنئي", "term:Khamenei=خامنئي", "term:Assad=بالأسد",
                "term:Assad=الأسد"), linked(WITH_TERMS, en, ar));
    }

    @Test
    void withoutATermbaseNamesAreLinkedByTheirConsonants() {
        WordLinks names = new WordLinks(TermLookup.NONE, WordLinks.WordPairs.NONE);
        String en = SeedRows.paragraph("sana.en", 0);
        String ar = SeedRows.paragraph("sana.ar", 0);
        List<String> links = linked(names, en, ar);
        assertTrue(links.contains("name:Khamenei=خامنئي"), links.toString());
        assertTrue(links.contains("name:Raisi=رئيسي"), links.toString());
        assertTrue(links.contains("name:Tehran=طهران"), links.toString());
        assertTrue(links.contains("name:SANA=سانا"), links.toString());
        assertTrue(links.stream().allMatch(l -> l.startsWith("name:")), links.toString());
    }

    @Test
    void learntWordPairsLinkWordsAndTheRestIsNotFound() {
        Map<String, Integer> pairs = Map.of(form("visit"), 1, form("زيارة"), 1, form("relations"), 2, form("العلاقات"), 2);
        WordLinks.WordPairs lexicon = (language, other) -> f -> pairs.getOrDefault(f, -1);
        WordLinks links = new WordLinks(TermLookup.NONE, lexicon);
        String en = "The historical relations were the subject of the visit.";
        String ar = "تناولت الزيارة العلاقات التاريخية.";
        assertEquals(List.of("word:relations=العلاقات", "word:visit=الزيارة"), linked(links, en, ar).stream().sorted().toList());
        List<List<WordLinks.Mark>> marks = links.marks(List.of(new WordLinks.Cell(en, "en"), new WordLinks.Cell(ar, "ar")));
        List<String> alone = WordLinks.unlinked(en, "en", marks.get(0)).stream().map(r -> en.substring(r[0], r[1])).toList();
        assertEquals(List.of("historical", "subject"), alone, "function words (the, were, of) are never underlined");
        List<String> aloneAr = WordLinks.unlinked(ar, "ar", marks.get(1)).stream().map(r -> ar.substring(r[0], r[1])).toList();
        assertEquals(List.of("تناولت", "التاريخية"), aloneAr);
        assertFalse(aloneAr.contains("الزيارة"));
    }

    private static String form(String word) {
        return WordLinks.lexiconForm(Tokenizer.tokenize(word).get(0));
    }
}
