package dev.parallax.intake.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link ArticleExtractor} finds in a page: the article's body as paragraphs (empty when the page
 * has no article), its title, publication date, language (a tag as the page gives it, or detected; null
 * when neither works), the outlet's name and the page's canonical address.
 */
public record ExtractedArticle(List<String> paragraphs, String title, LocalDate publishedAt, String language,
                               boolean languageDetected, String siteName, String canonicalUrl) {

    public ExtractedArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean hasBody() {
        return !paragraphs.isEmpty();
    }

    /** The body as stored text: paragraphs separated by one blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
