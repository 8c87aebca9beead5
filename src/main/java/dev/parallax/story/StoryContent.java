package dev.parallax.story;

/**
 * An entity whose rows are part of what a story shows (its title, versions, paragraphs, alignment corrections): a
 * change to one counts as a change to that story, so {@link StoryChanges} bumps the story's change count.
 */
public interface StoryContent {

    /** The id of the story this row belongs to (null when not known yet). */
    Long storyOfChange();
}
