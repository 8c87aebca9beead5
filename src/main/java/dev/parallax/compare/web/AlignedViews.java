package dev.parallax.compare.web;

import dev.parallax.align.AlignmentService;
import dev.parallax.align.AlignmentService.ViewKey;
import dev.parallax.align.StoryAlignment;
import dev.parallax.compare.CompareService;
import dev.parallax.compare.CrossLanguageLinks;
import dev.parallax.compare.StoryDifferences;
import dev.parallax.compare.engine.WordLinks;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * What the aligned page computes from the database for one view of a story (the story and its versions, the
 * alignment, every cell's differences), remembered under the story's change count ({@link AlignmentService#viewKey}):
 * a page view then costs one single-row query instead of loading the story and its corrections, and an edit on any
 * instance is seen at once because it changes the count. Only data is remembered, never HTML: the signed-in
 * user's controls and CSRF token are rendered for each request.
 */
@ApplicationScoped
public class AlignedViews {

    /**
     * One view's data; shared by concurrent requests, so nothing in it is changed after it is made. {@code key}: what it
     * was remembered under (null when the story is gone), which the page's rendered HTML is remembered under too.
     */
    public record View(Key key, Story story, StoryAlignment alignment, StoryDifferences differences) {
    }

    /**
     * A view's data is remembered under the story's {@link ViewKey} and the cross-language links of the moment (by
     * identity): the differences' "term" flags read the termbase, so a new term is a new key, as an edit is (ADR 23).
     */
    public record Key(ViewKey view, WordLinks links) {
    }

    @Inject
    AlignmentService alignments;
    @Inject
    StoryService stories;
    @Inject
    CompareService compare;
    @Inject
    CrossLanguageLinks links;
    @Inject
    @CacheName("aligned-views")
    Cache views;

    /** {@code view}: the request's parameters that choose the versions, as one string (part of the key). */
    public View view(long storyId, String view, Supplier<List<Long>> chosen) {
        WordLinks now = links.links(); // read before the count, like the aligner: the view is no older than its key
        ViewKey viewKey = alignments.viewKey(storyId, view);
        if (viewKey == null) {
            return compute(null, storyId, chosen.get()); // no such story: answers its 404
        }
        Key key = new Key(viewKey, now);
        try {
            return views.get(key, k -> compute(key, storyId, chosen.get())).await().indefinitely();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private View compute(Key key, long storyId, List<Long> chosen) {
        Story story = stories.story(storyId);
        story.versions.size(); // loaded now: the template reads them after this request's session is gone
        StoryAlignment alignment = alignments.align(storyId, chosen);
        return new View(key, story, alignment, compare.differences(alignment));
    }
}
