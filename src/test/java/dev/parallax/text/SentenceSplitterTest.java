package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sentence splitting on real sentences: the seed story (translations/assad-tehran-visit), NTREX-128
 * (newstest2019 en/ar/fa lines) and Text+Berg (tokenised de/fr, hence the " ." endings), each paragraph
 * made of consecutive sentences of one file.
 */
class SentenceSplitterTest {

    @Test
    void englishTitlesAndPlaceNamesWithFullStopsDoNotEndASentence() {
        // NTREX en lines 40-41
        String s1 = "Mr. Merriweather said that St. Martin's did not replace him.";
        String s2 = "What has played out at St. Martin's over the last few months has been a complicated tale of "
                + "architects and contractors, some brought in by the lay leaders of the church, others by the "
                + "Episcopal diocese.";
        assertEquals(List.of(s1, s2), SentenceSplitter.split(s1 + " " + s2, "en"));
    }

    @Test
    void englishUsAbbreviationBeforeALowerCaseWordIsNotAnEnd() {
        // NTREX en lines 104-105
        String s1 = "More than three months after the June summit in Singapore, North Korea's top diplomat Ri Yong Ho "
                + "told world leaders at the U.N. General Assembly Saturday that the North doesn't see a "
                + "\"corresponding response\" from the U.S. to North Korea's early disarmament moves.";
        String s2 = "Instead, he noted, the U.S. is continuing sanctions aimed at keeping up pressure.";
        assertEquals(List.of(s1, s2), SentenceSplitter.split(s1 + " " + s2, "en"));
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        // NTREX en line 147 (7.5) and line 60 (£2.8bn)
        String s1 = "Many people were reported trapped in the rubble of buildings brought down in the 7.5 magnitude "
                + "earthquake which struck Friday and triggered waves as high as 20 feet, agency spokesman Sutopo "
                + "Purwo Nugroho told a news conference.";
        String s2 = "As part of a substantial push into the UK's £2.8bn beauty market, which is continuing to grow "
                + "while fashion and homeware sales fall back, the larger beauty aisles will be tested out in 11 "
                + "stores around the country and taken to more stores next year if it proves a success.";
        assertEquals(List.of(s1, s2), SentenceSplitter.split(s1 + " " + s2, "en"));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        // seed, sana.en paragraph 8 (curly quotes, sentence ends inside them) and an invented follow-up
        String s1 = "“Tehran will continue to provide all forms of support to Syria and its people, especially amidst "
                + "the difficult economic conditions the world is witnessing,” Raisi said.";
        String quoted = "He added: “Syria will emerge stronger.”";
        String s3 = "The visit ended the same day.";
        assertEquals(List.of(s1, quoted, s3), SentenceSplitter.split(s1 + " " + quoted + " " + s3, "en"));
        // Arabic guillemets (seed sana.ar paragraph 8): the full stop after » ends the sentence
        String ar1 = "وقال رئيسي: «ستواصل طهران تقديم جميع أشكال الدعم لسورية وشعبها، ولا سيما في ظل الظروف "
                + "الاقتصادية الصعبة التي يشهدها العالم».";
        String ar2 = "فهل أنتم مستعدون؟";
        assertEquals(List.of(ar1, ar2), SentenceSplitter.split(ar1 + " " + ar2, "ar"));
    }

    @Test
    void arabicFullStopQuestionMarkAndExclamationMark() {
        // NTREX ar lines 146, 1767, 49
        String s1 = "قالت هيئة مكافحة الكوارث في إندونيسيا في وقت مبكر يوم الأحد إن عدد الوفيات جراء الزلزال وتسونامي "
                + "إندونيسيا قد ارتفع ليصل إلى 832 حالة وفاة.";
        String q = "فهل أنتم مستعدون؟";
        String rest = "وذلك حسب تقرير وكالةسي ان ان الإخبارية.";
        String ex = "لقد تم عضي!";
        assertEquals(List.of(s1, q, rest, ex), SentenceSplitter.split(s1 + " " + q + " " + rest + " " + ex, "ar"));
    }

    @Test
    void persianFullStopAndQuestionMark() {
        // NTREX fa lines 104-105 and 976
        String s1 = "بیش از سه ماه پس از نشست ماه ژوئن در سنگاپور، ری یونگ هو، دیپلمات ارشد کره شمالی به رهبران جهان "
                + "در نشست عمومی در سازمان ملل گفت کره شمالی «واکنش متناظر» را از سوی ایالات متحده در جهت پیشبرد "
                + "خلع سلاح در کره شمالی نمی‌بیند.";
        String s2 = "وی خاطرنشان کرد در عوض ایالات متحده با هدف حفظ فشار به تحریم ادامه داده است.";
        String q = "اما شهروندی جهانی در حالی که 12 سال برای رسیدن به هدفش وقت دارد، تاکنون چقدر موفق بوده است؟";
        assertEquals(List.of(s1, s2, q), SentenceSplitter.split(s1 + " " + s2 + " " + q, "fa"));
    }

    @Test
    void germanOrdinalsAndTokenisedFullStops() {
        // Text+Berg test2.de lines 35-36: "im 9. Schwierigkeitsgrad" is an ordinal
        String s1 = "Routenziele Bei der Fusion handelt es sich um eine Kombination aus einer bestehenden Route im 9. "
                + "Schwierigkeitsgrad und einer davon abzweigenden Traverse über ein ausladendes Dach .";
        String s2 = "Der Ort , wo die ( Fusion ) stattfinden soll , ist gleichzeitig auch die Schlüsselstelle der "
                + "gesamten Tour .";
        assertEquals(List.of(s1, s2), SentenceSplitter.split(s1 + " " + s2, "de"));
    }

    @Test
    void frenchTitlesAndInitials() {
        // Text+Berg test0.fr lines 24-25: "M. Lüthy", "H. Haidegger"
        String s1 = "La voie classique de la face nordest , tracée en 1938 par M. Lüthy , H. Haidegger et H. Steuri , "
                + "jouit d' une réputation toute particulière .";
        String s2 = "Le guide signale un rocher bon dans l' ensemble , mais précise qu' il s' agit d' une paroi de type "
                + "dolomitique et que certaines précautions s' imposent par conséquent .";
        assertEquals(List.of(s1, s2), SentenceSplitter.split(s1 + " " + s2, "fr"));
    }

    @Test
    void aParagraphWithoutTerminalIsOneSentence() {
        assertEquals(List.of("SANA report"), SentenceSplitter.split("  SANA report ", "en"));
    }
}
