package dev.parallax.story.upload;

import dev.parallax.common.ApiException;
import dev.parallax.story.VersionInput;
import dev.parallax.text.FrontMatter;
import dev.parallax.text.MalformedTextException;
import dev.parallax.text.Paragraphs;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded file into a {@link VersionInput}: text and the metadata the file itself carries
 * (a front-matter header in .txt/.md, {@code <title>} and {@code lang} in HTML, the title property of a DOCX).
 */
public final class TextExtractor {

    /** Block elements whose text is one paragraph; the innermost wins (a {@code <p>} inside a blockquote). */
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td, th";
    /** Page chrome, not article text. */
    private static final String CHROME = "script, style, noscript, template, nav, footer, aside, form, iframe, svg";

    private TextExtractor() {
    }

    public static VersionInput extract(byte[] data, String fileName, UploadFormat format) {
        return switch (format) {
            case TEXT, MARKDOWN -> fromText(decode(data, fileName), fileName);
            case HTML -> fromHtml(decode(data, fileName));
            case DOCX -> fromDocx(data, fileName);
        };
    }

    /** A version file: optional front matter, then paragraphs separated by blank lines. */
    public static VersionInput fromText(String content, String fileName) {
        FrontMatter fm;
        try {
            fm = FrontMatter.parseVersion(content, fileName);
        } catch (MalformedTextException e) {
            throw ApiException.badRequest(e.error(), e.detail());
        }
        return new VersionInput(null, fm.get("outlet"), fm.get("language"), fm.get("title"), fm.get("kind"),
                fm.get("translation-of"), fm.get("source"), fm.get("date"), fm.body());
    }

    static VersionInput fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(CHROME).remove();
        String language = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
        String title = doc.title().isBlank() ? null : doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        if (title == null && h1 != null) {
            title = h1.text();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : doc.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // has a block inside: that inner block is the paragraph
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !(block.is("h1") && text.equals(title))) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty() && doc.body() != null) {
            paragraphs.addAll(Paragraphs.split(doc.body().wholeText()));
        }
        return new VersionInput(null, null, language, title, null, null, null, null, Paragraphs.join(paragraphs));
    }

    static VersionInput fromDocx(byte[] data, String fileName) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(data))) {
            List<String> paragraphs = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
            String title = doc.getProperties().getCoreProperties().getTitle();
            return new VersionInput(null, null, null, title == null || title.isBlank() ? null : title.strip(),
                    null, null, null, null, Paragraphs.join(paragraphs));
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ApiException.unreadableDocx(fileName == null ? "The file" : fileName, e);
        }
    }

    /** Strict UTF-8 (a byte-order mark for UTF-16 is honoured); anything else is refused, not guessed. */
    public static String decode(byte[] data, String fileName) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, skip, data.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("Wrong encoding",
                    (fileName == null ? "The file" : fileName) + " is not UTF-8 text; save it as UTF-8 and upload it again.");
        }
    }

}
