package dev.parallax.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {

    @Test
    void titlesBecomeReadableSlugs() {
        assertEquals("syrias-assad-meets-top-iranian-leaders-in-surprise-tehran-visit",
                Slugs.of("Syria’s Assad Meets Top Iranian Leaders in Surprise Tehran Visit"));
        assertEquals("ecole-francaise-2024", Slugs.of("  École française — 2024! "));
        assertEquals("زيارة-الأسد-إلى-طهران", Slugs.of("زيارة الأسد إلى طهران"));
        assertEquals("story", Slugs.of("!!!"));
    }
}
