package dev.parallax.intake.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** robots.txt as RFC 9309 reads it: our group over "*", longest rule wins, Allow wins a tie, wildcards. */
class RobotsTxtTest {

    static final String SANA_LIKE = """
            # robots for a news site
            User-agent: *
            Disallow: /wp-admin/
            Allow: /wp-admin/admin-ajax.php
            Disallow: /*?s=
            Disallow: /*.pdf$

            User-agent: GPTBot
            User-agent: ParallaxBot
            Disallow: /ar/archive/
            """;

    @Test
    void ourGroupReplacesTheStarGroup() {
        RobotsTxt robots = RobotsTxt.parse(SANA_LIKE, "ParallaxBot");
        assertFalse(robots.allows("/ar/archive/2022/05/08/"));
        assertTrue(robots.allows("/wp-admin/"), "the * group does not apply to a robot that has its own");
        assertTrue(robots.allows("/ar/?p=1587731"));
    }

    @Test
    void starGroupWithLongestMatchAndWildcards() {
        RobotsTxt robots = RobotsTxt.parse(SANA_LIKE, "OtherBot");
        assertFalse(robots.allows("/wp-admin/options.php"));
        assertTrue(robots.allows("/wp-admin/admin-ajax.php"), "the longer Allow wins");
        assertFalse(robots.allows("/ar/?s=الأسد"));
        assertFalse(robots.allows("/files/report.pdf"));
        assertTrue(robots.allows("/files/report.pdf.html"), "$ anchors the end");
        assertTrue(robots.allows("/ar/?p=1587731"));
    }

    @Test
    void emptyOrMissingRulesAllowEverything() {
        assertTrue(RobotsTxt.parse("", "ParallaxBot").allows("/anything"));
        assertTrue(RobotsTxt.parse("User-agent: *\nDisallow:\n", "ParallaxBot").allows("/anything"));
        assertFalse(RobotsTxt.parse("User-agent: *\nDisallow: /\n", "ParallaxBot").allows("/ar/?p=1"));
    }
}
