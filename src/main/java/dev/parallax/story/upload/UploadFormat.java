package dev.parallax.story.upload;

import dev.parallax.common.ApiException;

import java.util.Locale;

/** The kinds of file a version can be uploaded from, told by file name first and content type second. */
public enum UploadFormat {
    TEXT, MARKDOWN, HTML, DOCX;

    public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ACCEPTED = ".txt, .md, .html or .docx";

    public static UploadFormat of(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (!name.isEmpty() && name.contains(".")) {
            throw unsupported(fileName);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon >= 0 ? type.substring(0, semicolon) : type).strip();
        return switch (type) {
            case "text/plain" -> TEXT;
            case "text/markdown" -> MARKDOWN;
            case "text/html", "application/xhtml+xml" -> HTML;
            case DOCX_MEDIA_TYPE -> DOCX;
            default -> throw unsupported(fileName == null || fileName.isBlank() ? contentType : fileName);
        };
    }

    private static ApiException unsupported(String what) {
        return ApiException.unsupportedMedia("'" + what + "' is not a supported upload; use " + ACCEPTED + ".");
    }
}
