package dev.parallax.intake.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata a news page declares about itself: Open Graph and article meta tags, schema.org JSON-LD
 * (NewsArticle and friends, also inside {@code @graph}), {@code <time datetime>}, {@code <html lang>},
 * {@code <link rel=canonical>}. Read before Readability rewrites the document.
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "og:article:published_time",
            "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued",
            "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "created"};
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    final List<JsonNode> jsonLd = new ArrayList<>();
    private final Document doc;

    PageMetadata(Document doc) {
        this.doc = doc;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), jsonLd);
            } catch (Exception malformed) {
                // many sites ship broken JSON-LD; the other sources still answer
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        String t = type == null ? "" : type.toString();
        return t.contains("Article") || t.contains("Posting") || t.contains("Report") || t.contains("BlogPosting");
    }

    String meta(String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        if (e == null) {
            // names differ in case between sites ("DC.date.issued")
            for (Element m : doc.select("meta[content]")) {
                String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name)) {
                    e = m;
                    break;
                }
            }
        }
        String v = e == null ? null : e.attr("content").strip();
        return v == null || v.isEmpty() ? null : v;
    }

    String jsonLdText(String field) {
        for (JsonNode node : jsonLd) {
            if (isArticle(node) && node.hasNonNull(field)) {
                JsonNode v = node.get(field);
                if (v.isTextual() && !v.asText().isBlank()) {
                    return v.asText().strip();
                }
                if (v.isObject() && v.hasNonNull("name")) {
                    return v.get("name").asText().strip();
                }
            }
        }
        return null;
    }

    String title() {
        String t = firstNonBlank(meta("og:title"), jsonLdText("headline"), meta("twitter:title"));
        return t == null ? null : clean(t);
    }

    String documentTitle() {
        return clean(doc.title());
    }

    String siteName() {
        String name = firstNonBlank(meta("og:site_name"), jsonLdText("publisher"), meta("application-name"));
        if (name == null) {
            for (JsonNode node : jsonLd) {
                String type = node.path("@type").asText();
                if ((type.equals("Organization") || type.equals("NewsMediaOrganization") || type.equals("WebSite"))
                        && node.hasNonNull("name")) {
                    name = node.get("name").asText();
                    break;
                }
            }
        }
        return name == null ? null : clean(name);
    }

    String canonical(String pageUrl) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String href = link != null ? link.absUrl("href") : null;
        if (href == null || href.isBlank()) {
            href = meta("og:url");
        }
        if (href != null) {
            try {
                URI uri = URI.create(href.strip());
                String scheme = uri.getScheme();
                if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null) {
                    return uri.toString();
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to where the page was fetched from
            }
        }
        return pageUrl;
    }

    String language() {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("xml:lang");
        }
        if (lang.isBlank()) {
            Element e = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = e == null ? "" : e.attr("content");
        }
        if (lang.isBlank()) {
            String locale = meta("og:locale");
            lang = locale == null ? "" : locale;
        }
        if (lang.isBlank()) {
            String inLd = jsonLdText("inLanguage");
            lang = inLd == null ? "" : inLd;
        }
        lang = lang.strip().replace('_', '-');
        int comma = lang.indexOf(',');
        if (comma > 0) {
            lang = lang.substring(0, comma).strip();
        }
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? lang : null;
    }

    LocalDate publishedAt() {
        List<String> candidates = new ArrayList<>();
        for (JsonNode node : jsonLd) {
            if (isArticle(node) && node.hasNonNull("datePublished")) {
                candidates.add(node.get("datePublished").asText());
            }
        }
        for (String name : DATE_METAS) {
            String v = meta(name);
            if (v != null) {
                candidates.add(v);
            }
        }
        for (Element time : doc.select("article time[datetime], time[pubdate], time[itemprop=datePublished], time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        for (Element time : doc.select("[itemprop=datePublished], time, .date, .post-date, .news-date, .publish-date, [class*=date]")) {
            if (time.childrenSize() < 4) {
                candidates.add(time.text());
            }
        }
        for (String c : candidates) {
            LocalDate d = parseDate(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** ISO dates and date-times, RFC 1123, y/m/d and d/m/y with any digits; Solar Hijri years become Gregorian. */
    static LocalDate parseDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = Digits.ascii(raw).strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        Matcher m = YMD.matcher(v);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = DMY.matcher(v);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static LocalDate date(int y, int mo, int d) {
        try {
            if (JalaliDate.plausibleYear(y)) {
                return JalaliDate.toGregorian(y, mo, d);
            }
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, mo, d);
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
