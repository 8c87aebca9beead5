package dev.parallax.story;

/**
 * What a user, a file or a script gives to create a version. Strings as received; {@link StoryService}
 * validates them. {@code translationOf} is a version id of the same story or, from story folders, a
 * version key ("sana.en").
 */
public record VersionInput(
        String key,
        String outlet,
        String language,
        String title,
        String kind,
        String translationOf,
        String sourceUrl,
        String publishedAt,
        String text) {

    /** This input with blank fields filled from {@code fallback} (form fields over a file's header). */
    public VersionInput orElse(VersionInput fallback) {
        return new VersionInput(
                pick(key, fallback.key), pick(outlet, fallback.outlet), pick(language, fallback.language),
                pick(title, fallback.title), pick(kind, fallback.kind), pick(translationOf, fallback.translationOf),
                pick(sourceUrl, fallback.sourceUrl), pick(publishedAt, fallback.publishedAt), pick(text, fallback.text));
    }

    private static String pick(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
