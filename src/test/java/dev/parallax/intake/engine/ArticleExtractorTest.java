package dev.parallax.intake.engine;

import dev.parallax.text.Paragraphs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agency-style pages in Arabic and Persian (layouts like SANA's and Nournews's: menus, share bars,
 * captions, related links, tags, comments, a "most read" sidebar): every paragraph of the body, nothing else.
 */
class ArticleExtractorTest {

    final ArticleExtractor extractor = new ArticleExtractor();

    static String resource(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/intake/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The body of a story-folder version file (after its front matter). */
    static List<String> seedParagraphs(String file) throws IOException {
        String text = Files.readString(Path.of("translations/assad-tehran-visit").resolve(file));
        return Paragraphs.split(text.split("---", 3)[2]);
    }

    @Test
    void sanaArabicPageGivesEveryBodyParagraphAndNothingElse() throws IOException {
        ExtractedArticle article = extractor.extract(resource("sana-ar.html"), "https://sana.sy/ar/?p=1587731");
        List<String> expected = new java.util.ArrayList<>();
        expected.add("طهران-سانا"); // the dateline is the first line of the agency's body
        expected.addAll(seedParagraphs("04-sana.ar.txt"));
        assertEquals(expected, article.paragraphs());
        assertEquals("الرئيس الأسد يزور طهران ويلتقي القائد خامنئي والرئيس رئيسي", article.title());
        assertEquals(LocalDate.of(2022, 5, 8), article.publishedAt(), "Arabic-Indic digits in <time>");
        assertEquals("ar", article.language());
        assertFalse(article.languageDetected());
        assertEquals("سانا", article.siteName());
        assertEquals("https://sana.sy/ar/?p=1587731", article.canonicalUrl(), "relative canonical resolved against the page");
    }

    @Test
    void nournewsPersianPageWithBreaksAndJalaliDate() throws IOException {
        ExtractedArticle article = extractor.extract(resource("nournews-fa.html"), "https://nournews.ir/fa/news/100786/");
        List<String> expected = Paragraphs.split(resource("nournews-fa.expected.txt"));
        assertEquals(expected, article.paragraphs());
        assertTrue(article.paragraphs().get(0).contains("رئیس\u200Cجمهور"), "the zero-width non-joiner stays");
        assertEquals("بشار اسد، رئیس‌جمهور سوریه، به تهران سفر کرد", article.title(), "site name trimmed from <title>");
        assertEquals(LocalDate.of(2022, 5, 8), article.publishedAt(), "۱۴۰۱/۰۲/۱۸ is 8 May 2022");
        assertEquals("fa", article.language(), "no lang attribute: detected from the text");
        assertTrue(article.languageDetected());
        assertEquals("نورنیوز", article.siteName());
        assertEquals("https://nournews.ir/fa/news/100786", article.canonicalUrl(), "og:url");
    }

    @Test
    void englishPageWithJsonLdMetadata() {
        String html = """
                <html lang="en-GB"><head><title>Ignored | The Syrian Observer</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Syrian Observer"},
                {"@type":"NewsArticle","headline":"Syria's Assad Meets Top Iranian Leaders in Surprise Tehran Visit",
                 "datePublished":"2022-05-09T08:15:00+03:00","publisher":{"@type":"Organization","name":"The Syrian Observer"}}]}</script>
                </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <div class="post"><h1>Syria's Assad Meets Top Iranian Leaders in Surprise Tehran Visit</h1>
                <div class="social-share"><a href="#">Share on Facebook</a></div>
                <p>Syrian President Bashar al-Assad met Iran's Supreme Leader Ali Khamenei and President Ebrahim Raisi in Tehran on Sunday, in a
                visit that was not announced in advance.</p>
                <p>The Syrian official news agency SANA said the two sides discussed bilateral relations and the latest developments in the
                region, as well as cooperation in fighting terrorism.</p>
                <p>Advertisement</p>
                <p>Assad returned to Damascus the same day, the agency said, without giving further details of the talks with the Iranian
                leaders or of the delegation that accompanied him.</p></div>
                <footer>© The Syrian Observer</footer></body></html>""";
        ExtractedArticle article = extractor.extract(html, "https://syrianobserver.com/news/76059/");
        assertEquals(3, article.paragraphs().size(), article.paragraphs().toString());
        assertTrue(article.paragraphs().get(0).startsWith("Syrian President Bashar al-Assad met"));
        assertTrue(article.paragraphs().get(2).startsWith("Assad returned to Damascus"));
        assertEquals("Syria's Assad Meets Top Iranian Leaders in Surprise Tehran Visit", article.title());
        assertEquals(LocalDate.of(2022, 5, 9), article.publishedAt());
        assertEquals("en-GB", article.language());
        assertEquals("The Syrian Observer", article.siteName());
        assertEquals("https://syrianobserver.com/news/76059/", article.canonicalUrl(), "no canonical: the page's own address");
    }

    @Test
    void aPageWithoutAnArticleHasNoBody() {
        ExtractedArticle article = extractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", "https://example.org/");
        assertFalse(article.hasBody());
        assertNull(article.publishedAt());
    }

    @Test
    void jalaliDatesAndForeignDigits() {
        assertEquals(LocalDate.of(2022, 3, 21), JalaliDate.toGregorian(1401, 1, 1));
        assertEquals(LocalDate.of(2022, 5, 8), JalaliDate.toGregorian(1401, 2, 18));
        assertEquals(LocalDate.of(2024, 3, 20), JalaliDate.toGregorian(1403, 1, 1));
        assertEquals(LocalDate.of(2023, 3, 20), JalaliDate.toGregorian(1401, 12, 29));
        assertEquals("2022-05-08", Digits.ascii("٢٠٢٢-٠٥-٠٨"));
        assertEquals(LocalDate.of(2022, 5, 8), PageMetadata.parseDate("8/5/2022"));
        assertEquals(LocalDate.of(2022, 5, 8), PageMetadata.parseDate("Sun, 08 May 2022 10:00:00 GMT"));
        assertNull(PageMetadata.parseDate("yesterday"));
    }

    @Test
    void languageGuessTellsArabicFromPersianAndFindsEnglish() throws IOException {
        assertEquals("ar", LanguageGuess.guess(String.join("\n", seedParagraphs("04-sana.ar.txt"))));
        assertEquals("fa", LanguageGuess.guess(String.join("\n", seedParagraphs("05-nournews.fa.txt"))));
        assertEquals("en", LanguageGuess.guess(String.join("\n", seedParagraphs("02-sana.en.txt"))));
        assertNull(LanguageGuess.guess("Der Präsident traf sich am Sonntag mit dem Obersten Führer in Teheran."));
    }
}
