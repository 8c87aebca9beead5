package dev.parallax.intake.engine;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes a news article out of its web page. Readability4J (Mozilla Readability's port on jsoup) finds the
 * element holding the article; our own rules on top turn it into a version's paragraphs: captions,
 * share bars, related links, newsletter boxes and the like are dropped, blocks and {@code <br>} runs
 * become paragraphs, whitespace is collapsed (the Persian zero-width non-joiner kept), text is NFC.
 * Title, date, language, site name and canonical address come from the page's own metadata, read before
 * Readability rewrites the document. Pure: no IO, no framework; one instance is safe to share.
 */
public final class ArticleExtractor {

    /** Block elements: a paragraph never spans one of these. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr",
            "figure", "figcaption", "aside", "nav", "form", "hr", "address", "center", "details", "summary");

    /** Class or id words that mark the furniture around an article (matched as whole words of the attribute). */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|sharebar|social|related|relatedposts|"
            + "caption|credit|credits|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|adslot|sponsor|sponsored|"
            + "comments?|breadcrumbs?|tags|tag-list|keywords|byline|author-bio|print|toolbar|more-news|read-more|readmore|"
            + "recommended|popular|most-read|trending|outbrain|taboola|rating|signup|paywall|hidden|visually-hidden|sr-only)"
            + "($|[\\s_-])");
    private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, svg, canvas, figure, figcaption, "
            + "aside, nav, button, input, select, textarea, video, audio, picture, img, [hidden], [aria-hidden=true]";
    /** Short lines that are site furniture in every language we serve ("Read more", "اقرأ أيضا", "بیشتر بخوانید"). */
    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^(advertisement|advertising|sponsored( content)?|"
            + "more|read more|read also|see also|also read|related( articles| news| stories)?|share( this( article| story)?)?|"
            + "follow us( on .*)?|click here.*|sign up.*|subscribe.*|continue reading.*|"
            + "اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|إعلان|شارك|شارك الخبر|أخبار ذات صلة|مواضيع ذات صلة|تابعونا.*|"
            + "بیشتر بخوانید|بیشتر بخوانيد|بخوانید|اشتراک گذاری|اشتراک‌گذاری|مطالب مرتبط|اخبار مرتبط|تبلیغات|ما را دنبال کنید.*)"
            + "[\\s:：.…»«]*$");
    /** Photo and image credits ("Photo: Hau Dinh, AP", "عدسة سانا"). */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(photo|photos|image|picture|file photo|credit|source|"
            + "صورة|الصورة|المصدر|عدسة|عکس|منبع|news id|news code|کد خبر|شناسه خبر|رمز الخبر)\\s*[:：/|].*");
    private static final Pattern BARE_URL = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");

    public ExtractedArticle extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        PageMetadata meta = new PageMetadata(doc);
        String siteName = meta.siteName();
        String declaredLanguage = meta.language();
        String canonical = meta.canonical(pageUrl);
        java.time.LocalDate published = meta.publishedAt();
        String metaTitle = meta.title();
        String documentTitle = meta.documentTitle();

        String base = pageUrl == null ? "" : pageUrl;
        removeFurniture(doc.body());
        Article article = new Readability4JExtended(base, doc).parse();
        Element content = article.getArticleContent();
        List<String> paragraphs = content == null || weak(content) ? List.of() : paragraphs(content);
        if (length(paragraphs) < MIN_BODY) {
            // Readability sometimes settles on the wrong element (the head of a page whose markup confuses
            // the parser, a teaser box): ask it again on the body alone, then take the densest run of <p>s
            List<String> retry = bodyAlone(html, base);
            if (length(retry) > length(paragraphs)) {
                paragraphs = retry;
            }
        }
        String title = trimSiteName(PageMetadata.firstNonBlank(metaTitle, PageMetadata.clean(article.getTitle()), documentTitle), siteName);
        if (title != null) {
            // the headline is the version's title, not its first paragraph
            String t = normalise(title);
            paragraphs = paragraphs.stream().filter(p -> !p.equals(t) && !(documentTitle != null && p.equals(documentTitle))).toList();
        }
        String language = declaredLanguage;
        boolean detected = false;
        if (language == null) {
            language = LanguageGuess.guess(String.join("\n", paragraphs));
            detected = language != null;
        }
        return new ExtractedArticle(paragraphs, title == null ? null : normalise(title), published, language, detected,
                siteName == null ? null : normalise(siteName), canonical);
    }

    /** Below this many characters of body text, Readability's answer is checked against the page's densest block. */
    static final int MIN_BODY = 400;

    private static boolean weak(Element content) {
        return !content.select("meta, title, link").isEmpty() && content.select("p").size() < 2;
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private List<String> bodyAlone(String html, String base) {
        Document fresh = Jsoup.parse(html == null ? "" : html, base);
        Document bodyOnly = Jsoup.parse("<html><body>" + fresh.body().html() + "</body></html>", base);
        Element content = new Readability4JExtended(base, bodyOnly).parse().getArticleContent();
        List<String> found = content == null || weak(content) ? List.of() : paragraphs(content);
        if (length(found) >= MIN_BODY) {
            return found;
        }
        Element densest = densestParagraphs(Jsoup.parse(html == null ? "" : html, base));
        return densest == null ? found : paragraphs(densest);
    }

    /** The element whose own {@code <p>} children hold the most text: the classic last resort. */
    static Element densestParagraphs(Document doc) {
        doc.select(DROPPED_TAGS).remove();
        Element best = null;
        int bestLength = 0;
        for (Element parent : doc.select("p").parents()) {
            int length = 0;
            for (Element child : parent.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * Drops the elements whose class or id names them furniture (share bars, captions, related links…),
     * before Readability runs, since it strips class names from what it returns. An element holding more
     * than one long paragraph is kept whatever its name: some sites wrap the whole article in a "hidden-xs" box.
     */
    static void removeFurniture(Element root) {
        if (root == null) {
            return;
        }
        List<Element> furniture = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find())) {
                long longParagraphs = e.select("p").stream().filter(p -> p.text().length() >= 150).limit(2).count();
                if (longParagraphs < 2) {
                    furniture.add(e);
                }
            }
        }
        furniture.forEach(Element::remove);
    }

    /** The article element's text as paragraphs, furniture removed. */
    List<String> paragraphs(Element content) {
        content.select(DROPPED_TAGS).remove();
        removeFurniture(content);
        // lists and lines that are nothing but links are "more on this" boxes, not the article
        for (Element e : content.select("ul, ol, p")) {
            String text = e.text().strip();
            if (!text.isEmpty() && e.parent() != null && linkShare(e) >= 0.8 && (e.normalName().matches("[uo]l") || text.length() < 160)) {
                e.remove();
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        walk(content, run, out);
        flush(run, out);
        List<String> kept = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String p : out) {
            boolean furnitureLine = p.length() < 200 && (BOILERPLATE.matcher(p).matches() || CREDIT.matcher(p).matches());
            // a paragraph said twice is a caption or a pull quote repeating the text
            if (!furnitureLine && !BARE_URL.matcher(p).matches() && seen.add(p)) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static double linkShare(Element e) {
        int all = e.text().length();
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return all == 0 ? 0 : (double) linked / all;
    }

    private void walk(Element element, StringBuilder run, List<String> out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush(run, out);
                } else if (BLOCKS.contains(tag)) {
                    flush(run, out);
                    walk(e, run, out);
                    flush(run, out);
                } else if (tag.equals("td") || tag.equals("th")) {
                    run.append(' '); // a table row reads as one line, its cells apart
                    walk(e, run, out);
                    run.append(' ');
                } else {
                    walk(e, run, out); // inline: its text joins the current paragraph
                }
            }
        }
    }

    private static void flush(StringBuilder run, List<String> out) {
        String p = normalise(run.toString());
        run.setLength(0);
        // a line without a letter is a date, a time or a counter, not prose
        if (!p.isEmpty() && p.codePoints().anyMatch(Character::isLetter)) {
            out.add(p);
        }
    }

    /** NFC, every run of white space (no-break and zero-width spaces too, but not the ZWNJ) as one space. */
    static String normalise(String s) {
        return Normalizer.normalize(SPACES.matcher(s).replaceAll(" ").strip(), Normalizer.Form.NFC);
    }

    /** "Assad visits Tehran | SANA" → "Assad visits Tehran" when the site is called SANA. */
    static String trimSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        for (String sep : new String[]{" | ", " - ", " – ", " — ", " :: ", " · "}) {
            if (title.endsWith(sep + siteName)) {
                return title.substring(0, title.length() - sep.length() - siteName.length()).strip();
            }
            if (title.startsWith(siteName + sep)) {
                return title.substring(siteName.length() + sep.length()).strip();
            }
        }
        return title;
    }
}
