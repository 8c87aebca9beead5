package dev.parallax.story.web;

import dev.parallax.common.web.RowChunk;
import dev.parallax.story.Paragraph;
import dev.parallax.story.Version;
import io.quarkus.qute.TemplateExtension;

/** Helpers for the story page. */
public final class StoryTemplateExtensions {

    private StoryTemplateExtensions() {
    }

    /**
     * {@code v.firstScreen(focusVersion, focusFrom)}: the paragraphs a version shows when the story page opens (its
     * first screen; a 2,000-paragraph version would make the page megabytes), or from paragraph {@code focusFrom} on
     * when it is the version a link points into.
     */
    @TemplateExtension
    static RowChunk<Paragraph> firstScreen(Version v, long focusVersion, int focusFrom) {
        return RowChunk.of(v.paragraphs, p -> p.ordinal, v.id == focusVersion ? focusFrom : 0, RowChunk.FIRST_SCREEN);
    }
}
