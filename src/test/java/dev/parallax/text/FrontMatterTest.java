package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {

    @Test
    void seedArabicVersionHeader() throws Exception {
        FrontMatter fm = FrontMatter.parseVersion(Files.readString(Path.of("translations/assad-tehran-visit/04-sana.ar.txt")), "04-sana.ar.txt");
        assertEquals("ar", fm.get("language"));
        assertEquals("translation", fm.get("kind"));
        assertEquals("sana.en", fm.get("translation-of"));
        assertNull(fm.get("source"), "an empty value is absent");
        assertTrue(fm.body().strip().startsWith("أفادت وكالة الأنباء السورية"));
    }

    @Test
    void fileWithoutHeaderIsAllText() {
        FrontMatter fm = FrontMatter.parseVersion("Just text.\n\nMore.", "plain.txt");
        assertEquals(Map.of(), fm.fields());
        assertEquals("Just text.\n\nMore.", fm.body());
    }

    @Test
    void malformedHeadersAreRefusedWithTheLine() {
        MalformedTextException noColon = assertThrows(MalformedTextException.class, () -> FrontMatter.parseVersion("---\noutlet SANA\n---\ntext", "v.txt"));
        assertEquals("Malformed front matter", noColon.error());
        assertTrue(noColon.detail().contains("v.txt: line 2"), noColon.detail());
        MalformedTextException unknown = assertThrows(MalformedTextException.class, () -> FrontMatter.parseVersion("---\nauthor: me\n---\ntext", "v.txt"));
        assertTrue(unknown.detail().contains("unknown key 'author'"));
        MalformedTextException open = assertThrows(MalformedTextException.class, () -> FrontMatter.parseVersion("---\noutlet: SANA\n", "v.txt"));
        assertTrue(open.detail().contains("never closed"));
        MalformedTextException twice = assertThrows(MalformedTextException.class, () -> FrontMatter.parseVersion("---\noutlet: A\noutlet: B\n---\n", "v.txt"));
        assertTrue(twice.detail().contains("repeats"));
    }

    @Test
    void writtenHeaderParsesBack() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("outlet", "Nournews");
        fields.put("language", "fa");
        fields.put("source", "");
        String file = FrontMatter.write(fields) + "\nمتن.\n";
        FrontMatter fm = FrontMatter.parseVersion(file, "x");
        assertEquals("Nournews", fm.get("outlet"));
        assertEquals("fa", fm.get("language"));
        assertEquals("\nمتن.\n", fm.body());
    }

    @Test
    void storyFileNeedsNoFences() {
        FrontMatter fm = FrontMatter.parseStory("title: Syria's Assad Meets Top Iranian Leaders\nslug: assad\n", "story");
        assertEquals("assad", fm.get("slug"));
    }
}
