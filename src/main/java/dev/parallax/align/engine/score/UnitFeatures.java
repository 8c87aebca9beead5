package dev.parallax.align.engine.score;

import java.util.List;

/**
 * What the scorer knows of one unit (paragraph or sentence): its distinct feature keys, sorted, its
 * length in characters for the length model, and its words (for learning the lexicon).
 */
public record UnitFeatures(int[] keys, int chars, List<String> words, int sentences) {
}
