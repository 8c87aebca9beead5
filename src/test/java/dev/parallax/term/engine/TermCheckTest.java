package dev.parallax.term.engine;

import dev.parallax.bench.StarterTermbase;
import dev.parallax.term.TermCsv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translate page's term hints and save warnings, on the seed story's Nournews sentence and the starter termbase. */
class TermCheckTest {

    static final String SOURCE = "Syrian President Bashar al-Assad met with Supreme Leader Ayatollah Ali Khamenei and President "
            + "Ebrahim Raisi after making an unannounced visit to the Iranian capital on Sunday morning.";

    static TermIndex starter() {
        return StarterTermbase.index();
    }

    @Test
    void hintsGiveThePreferredPersianFormOfEachName() throws IOException {
        List<String> hints = TermCheck.hints(starter(), SOURCE, "en", "fa").stream().map(h -> h.source() + "→" + h.preferred()).toList();
        assertTrue(hints.contains("Bashar al-Assad→بشار اسد"), hints.toString());
        assertTrue(hints.contains("Ebrahim Raisi→ابراهیم رئیسی"), hints.toString());
        assertTrue(hints.contains("Ayatollah Ali Khamenei→علی خامنه‌ای"), hints.toString());
        assertTrue(hints.contains("Sunday→یکشنبه"), hints.toString());
    }

    @Test
    void aSavedTargetWithAForbiddenFormAndAMissingNameIsWarned() throws IOException {
        TermIndex index = starter();
        // خامنه ای with a space instead of ZWNJ is forbidden; Raisi is not named at all
        String target = "بشار اسد، رئیس‌جمهور سوریه، با آیت‌الله خامنه ای دیدار کرد.";
        List<TermCheck.Warning> warnings = TermCheck.check(index, SOURCE, "en", target, "fa");
        assertTrue(warnings.stream().anyMatch(w -> w.kind().equals("forbidden") && w.used().equals("خامنه ای")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.kind().equals("missing") && w.source().equals("Ebrahim Raisi")
                && w.preferred().equals("ابراهیم رئیسی")), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.kind().equals("missing") && w.source().equals("Bashar al-Assad")), warnings.toString());
    }

    @Test
    void anAdmittedVariantCountsAsPresent() throws IOException {
        String target = "بشار اسد با آیت‌الله علی خامنه‌ای و رئیسی در پایتخت ایران صبح یکشنبه دیدار کرد.";
        List<TermCheck.Warning> warnings = TermCheck.check(starter(), "Bashar al-Assad met Ebrahim Raisi.", "en", target, "fa");
        assertEquals(List.of(), warnings);
    }
}
