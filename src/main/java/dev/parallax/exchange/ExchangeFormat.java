package dev.parallax.exchange;

import dev.parallax.common.ApiException;

import java.util.Locale;

/** The formats aligned text is exported to and imported from. */
public enum ExchangeFormat {
    TMX("tmx", "application/x-tmx+xml"),
    XLIFF("xlf", "application/xliff+xml"),
    CSV("csv", "text/csv"),
    TSV("tsv", "text/tab-separated-values"),
    JSON("json", "application/json"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public static final String NAMES = "tmx, xliff, csv, tsv, json or docx";

    private final String extension;
    private final String mediaType;

    ExchangeFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExchangeFormat parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "tmx" -> TMX;
            case "xliff", "xlf", "xliff2" -> XLIFF;
            case "csv" -> CSV;
            case "tsv", "tab" -> TSV;
            case "json" -> JSON;
            case "docx" -> DOCX;
            default -> throw ApiException.badRequest("Invalid format", "'" + value + "' is not a format; use " + NAMES + ".");
        };
    }

    /**
     * The format of an uploaded file: the {@code format} parameter first, then the file name's extension,
     * then the media type. Generic XML needs one of the first two.
     */
    public static ExchangeFormat ofUpload(String format, String fileName, String contentType) {
        if (format != null && !format.isBlank()) {
            return parse(format);
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String ext = name.substring(dot + 1);
            switch (ext) {
                case "tmx": return TMX;
                case "xlf": case "xliff": return XLIFF;
                case "csv": return CSV;
                case "tsv": case "tab": return TSV;
                case "json": return JSON;
                case "docx": return DOCX;
                default: break;
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon >= 0 ? type.substring(0, semicolon) : type).strip();
        for (ExchangeFormat f : values()) {
            if (f.mediaType.equals(type)) {
                return f;
            }
        }
        if (type.equals("application/xml") || type.equals("text/xml")) {
            throw ApiException.unsupportedMedia("Generic XML: say which format it is with ?format=tmx or ?format=xliff.");
        }
        throw ApiException.unsupportedMedia("'" + (name.isEmpty() ? contentType : fileName) + "' is not an aligned-text file; use "
                + "TMX, XLIFF 2.0, CSV, TSV, JSON or DOCX.");
    }
}
