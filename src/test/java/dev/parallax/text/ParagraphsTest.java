package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParagraphsTest {

    @Test
    void seedReportSplitsIntoItsTwentyParagraphs() throws Exception {
        String file = Files.readString(Path.of("translations/assad-tehran-visit/01-syrian-observer.en.txt"));
        List<String> paragraphs = Paragraphs.split(FrontMatter.parseVersion(file, "01").body());
        assertEquals(20, paragraphs.size());
        assertEquals("SANA report", paragraphs.get(7));
        assertTrue(paragraphs.get(19).startsWith("The Syrian Observer has not verified"));
    }

    @Test
    void persianZeroWidthNonJoinersAndArabicAreKeptExactly() {
        String persian = "آیت‌الله علی خامنه‌ای";
        assertEquals(List.of(persian, "الرئيس الأسد"), Paragraphs.split("\n" + persian + "\n\n\nالرئيس الأسد\n"));
        assertTrue(Paragraphs.split(persian).get(0).contains("\u200C"));
    }

    @Test
    void decomposedLettersAreComposedAndLineEndsUnified() {
        assertEquals(List.of("Café crème\nsecond line", "Ünïcode"),
                Paragraphs.split("Cafe\u0301 cre\u0300me\r\nsecond line\r\n   \r\nU\u0308ni\u0308code"));
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertEquals(List.of(), Paragraphs.split(" \n\n\t\n"));
        assertEquals(List.of(), Paragraphs.split(null));
    }

    @Test
    void joinIsTheInverseOfSplit() {
        List<String> paragraphs = List.of("One.", "Two\nlines.", "Three.");
        assertEquals(paragraphs, Paragraphs.split(Paragraphs.join(paragraphs)));
    }
}
