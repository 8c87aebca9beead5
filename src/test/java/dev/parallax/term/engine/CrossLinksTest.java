package dev.parallax.term.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links between the seed story's English and Arabic sentences: concepts of the termbase and numbers in any digits. */
class CrossLinksTest {

    static List<String> linked(String en, String ar) throws IOException {
        TermIndex index = TermIndexTest.sample();
        return CrossLinks.links(CrossLinks.marks(index, en, "en"), CrossLinks.marks(index, ar, "ar")).stream()
                .map(l -> l.kind() + ":" + en.substring(l.baseStart(), l.baseEnd()) + "=" + ar.substring(l.otherStart(), l.otherEnd()))
                .toList();
    }

    @Test
    void namesAndNumbersOfASanaSentenceAreLinked() throws IOException {
        String en = "This is the Syrian president's second trip to Tehran since the start of Syria's war in 2011, said Raisi.";
        String ar = "هذه هي الزيارة الثانية للرئيس السوري إلى طهران منذ بدء الحرب في سورية عام ٢٠١١، قال رئيسي.";
        assertEquals(List.of("term:Tehran=طهران", "term:Syria=سورية", "number:2011=٢٠١١", "term:Raisi=رئيسي"), linked(en, ar));
    }

    @Test
    void repeatedNamesPairInOrderAndLeftoversJoinTheLast() throws IOException {
        String en = "Assad met Khamenei. Khamenei praised Assad.";
        String ar = "التقى الأسد خامنئي. وأشاد خامنئي بالأسد. وقال الأسد";
        assertEquals(List.of("term:Assad=الأسد", "term:Khamenei=خامنئي", "term:Khamenei=خامنئي", "term:Assad=بالأسد",
                "term:Assad=الأسد"), linked(en, ar));
    }
}
