package dev.parallax.story.web;

import dev.parallax.story.Version;
import dev.parallax.story.VersionInput;

/** The values of the version form, kept when a submission is refused so the user retypes nothing. */
public record VersionForm(String outlet, String language, String title, String kind, String translationOf,
                          String sourceUrl, String publishedAt, String text) {

    static VersionForm empty() {
        return new VersionForm("", "", "", "original", "", "", "", "");
    }

    static VersionForm of(Version v) {
        return new VersionForm(v.outlet, v.language, v.title == null ? "" : v.title, v.kind.label(),
                v.translationOf == null ? "" : String.valueOf(v.translationOf.id), v.sourceUrl == null ? "" : v.sourceUrl,
                v.publishedAt == null ? "" : v.publishedAt.toString(), "");
    }

    VersionInput toInput() {
        return new VersionInput(null, outlet, language, title, kind, translationOf, sourceUrl, publishedAt, text);
    }

    public boolean isTranslation() {
        return "translation".equals(kind);
    }
}
