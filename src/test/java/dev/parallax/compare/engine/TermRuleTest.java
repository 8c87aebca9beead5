package dev.parallax.compare.engine;

import dev.parallax.bench.StarterTermbase;
import dev.parallax.compare.TermbaseLookup;
import dev.parallax.term.TermCsv;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermIndex;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "term" flag with the starter termbase (translations/termbase.csv) on the seed story's SANA paragraph and its
 * Arabic and Persian renderings: Raisi / Raeisi / رئيسي / رايسي / رئیسی, Khamenei / خامنئي / خامنه اي / خامنه ای.
 */
class TermRuleTest {

    static final Comparer WITH_TERMS = new Comparer(new TermbaseLookup(starter()));

    static TermIndex starter() {
        return StarterTermbase.index();
    }

    static final String SANA_EN = SeedRows.paragraph("sana.en", 0);
    static final String SANA_AR = SeedRows.paragraph("sana.ar", 0);

    static List<Flag> terms(String base, String baseLanguage, String other, String otherLanguage) {
        return WITH_TERMS.compare(base, baseLanguage, other, otherLanguage).flags().stream().filter(f -> f.type() == Flag.Type.TERM).toList();
    }

    @Test
    void raeisiAgainstRaisiInEnglishIsAnotherForm() {
        String other = SANA_EN.replace("Ebrahim Raisi", "Ebrahim Raeisi");
        List<Flag> flags = terms(SANA_EN, "en", other, "en-GB");
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("Ebrahim Raisi", flags.get(0).base());
        assertEquals("Ebrahim Raeisi", flags.get(0).other());
        assertEquals("Another form of the same name or term: Ebrahim Raeisi here, Ebrahim Raisi in the base", flags.get(0).message());
        // the same story with only the surname: Raeisi against Raisi
        assertEquals(1, terms("President Raisi said.", "en", "President Raeisi said.", "en").size());
    }

    @Test
    void aShorterOrLongerMentionOfTheSameNameIsNoTermFlag() {
        assertEquals(List.of(), terms(SANA_EN, "en", SANA_EN.replace("Ebrahim Raisi", "Raisi"), "en"));
        assertEquals(List.of(), terms("President al-Assad met Khamenei.", "en", "Bashar al-Assad met Ayatollah Seyyed Ali Khamenei.", "en"));
        assertEquals(List.of(), terms(SANA_EN, "en", SANA_EN, "en"));
    }

    @Test
    void aForbiddenArabicFormAgainstTheEnglishBaseIsFlaggedWithThePreferredForm() {
        assertEquals(List.of(), terms(SANA_EN, "en", SANA_AR, "ar"), "the Arabic translation writes رئيسي and خامنئي");
        String wrong = SANA_AR.replace("إبراهيم رئيسي", "رايسي");
        assertTrue(!wrong.equals(SANA_AR));
        List<Flag> flags = terms(SANA_EN, "en", wrong, "ar");
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("رايسي", flags.get(0).other());
        assertEquals("Ebrahim Raisi", flags.get(0).base());
        assertEquals("Form the termbase forbids: رايسي; it writes إبراهيم رئيسي (the base has Ebrahim Raisi)", flags.get(0).message());
        // the Persian spelling of Khamenei copied into Arabic, and a Persian yeh (رئیسی) that Arabic folds to its own: only the first
        List<Flag> khamenei = terms(SANA_EN, "en", SANA_AR.replace("علي خامنئي", "علي خامنه اي").replace("رئيسي", "رئیسی"), "ar");
        assertEquals(List.of("خامنه اي"), khamenei.stream().map(Flag::other).toList(), khamenei.toString());
    }

    @Test
    void persianKhameneiWithASpaceInsteadOfZwnjIsForbidden() {
        String persian = "رئیس‌جمهور سوریه با آیت‌الله خامنه‌ای و ابراهیم رئیسی دیدار کرد.";
        assertEquals(List.of(), terms(SANA_EN, "en", persian, "fa"));
        List<Flag> flags = terms(SANA_EN, "en", persian.replace("خامنه‌ای", "خامنه ای"), "fa");
        assertEquals(List.of("خامنه ای"), flags.stream().map(Flag::other).toList(), flags.toString());
        assertTrue(flags.get(0).message().contains("it writes علی خامنه‌ای"), flags.get(0).message());
    }

    @Test
    void withoutATermbaseThereAreNoTermFlags() {
        String other = SANA_EN.replace("Ebrahim Raisi", "Ebrahim Raeisi");
        assertEquals(List.of(), new Comparer().compare(SANA_EN, "en", other, "en").flags().stream()
                .filter(f -> f.type() == Flag.Type.TERM).toList());
    }
}
