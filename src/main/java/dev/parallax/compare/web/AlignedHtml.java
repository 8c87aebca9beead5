package dev.parallax.compare.web;

import dev.parallax.compare.engine.WordLinks;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The aligned page's heavy HTML (its rows, the differences panel), rendered once per view and shown again while
 * nothing it is made of changed (ADR 0023). Rendering five versions' rows with their diff segments and term marks
 * through Qute was most of the page's cost once its data was cached (ADR 0017).
 *
 * <p>What a fragment is made of, all in its {@link Key}: the view's data (the story's change count, the aligner and
 * the versions asked for, through {@link AlignedViews.Key}), the cross-language word links (by identity: a new termbase index or
 * learnt word list makes new links, see {@code CrossLanguageLinks}), whether the reader may
 * correct rows (an editor's rows carry forms, a viewer's do not), the flag filter, plain or marked text, where the
 * rows start and how many, and the row whose sentences are open. The CSRF token differs per reader: the fragment is
 * rendered with {@link #TOKEN} in its place and the request's token is put in when it is shown. The placeholder is
 * random per instance, so no story text can contain it.
 */
@ApplicationScoped
public class AlignedHtml {

    /** Stands for the reader's CSRF token in a remembered fragment. */
    static final String TOKEN = "csrf-" + UUID.randomUUID();

    /**
     * @param part     which fragment ("rows", "differences")
     * @param edit     whether the reader may correct rows (the rows then carry forms)
     * @param from     the first row asked for (rows), or -1
     * @param size     how many rows at most (rows), or 0
     * @param opened   the row whose sentences are open, or -1
     */
    public record Key(AlignedViews.Key view, WordLinks links, String part, boolean edit, String flag, boolean plain, int from, int size,
                      int opened) {
    }

    @Inject
    @CacheName("aligned-html")
    Cache cache;
    @Inject
    CsrfTokenParameterProvider csrf;

    /**
     * The fragment under {@code key}, rendered by {@code render} (with {@link #TOKEN} for the CSRF token) when not
     * remembered; {@code key} null (a view that has no key) renders without remembering.
     */
    public RawString get(Key key, Supplier<String> render) {
        String html;
        if (key == null) {
            html = render.get();
        } else {
            try {
                html = cache.get(key, k -> render.get()).await().indefinitely();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        // only an editor's rows hold forms; a reader without them may have no token at all
        return new RawString(html.contains(TOKEN) ? html.replace(TOKEN, csrf.getToken()) : html);
    }
}
