package dev.parallax.common.web;

/**
 * The one answer to "does this request want a fragment?", for pages, error mappers and filters alike. htmx sends
 * {@code HX-Request: true} with every request it makes; a boosted one ({@code hx-boost} on the page's body, so
 * every ordinary link and form) also sends {@code HX-Boosted: true} and replaces the whole page, so it gets the page.
 */
public final class Htmx {

    public static final String REQUEST = "HX-Request";
    public static final String BOOSTED = "HX-Boosted";

    private Htmx() {
    }

    /** Whether htmx asked for a part of the page (not a boosted navigation), given the two headers' values. */
    public static boolean wantsFragment(String hxRequest, String hxBoosted) {
        return "true".equals(hxRequest) && !"true".equals(hxBoosted);
    }
}
