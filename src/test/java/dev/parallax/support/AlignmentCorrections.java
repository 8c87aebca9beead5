package dev.parallax.support;

import dev.parallax.align.AlignmentGroup;
import dev.parallax.align.AlignmentLink;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Undoes every alignment correction of a story (tests share the seed story). */
public final class AlignmentCorrections {

    private AlignmentCorrections() {
    }

    public static void clear(long storyId) {
        QuarkusTransaction.requiringNew().run(() -> {
            AlignmentGroup.delete("story.id = ?1", storyId);
            AlignmentLink.delete("storyId = ?1", storyId);
        });
    }
}
