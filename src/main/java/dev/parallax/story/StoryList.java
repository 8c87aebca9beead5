package dev.parallax.story;

import dev.parallax.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stories one page at a time, for the home page and {@code GET /api/stories}: keyset paging (a page costs the
 * same at the start and the end of 10,000 stories, and a story added meanwhile never shifts the next page),
 * sorted by last change (default), title or the story's date, filtered by a version's language or outlet and by the
 * story's date ({@link Story#storyDate}: its versions' earliest publication date, or the day it was added).
 */
@ApplicationScoped
public class StoryList {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** How a list is ordered. */
    public enum Sort {
        /** Newest change first. */
        CHANGED,
        /** By title, A to Z (case-insensitive). */
        TITLE,
        /** Newest story first, by the story's date (its earliest publication date, else the day it was added). */
        DATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return CHANGED;
            }
            for (Sort s : values()) {
                if (s.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw ApiException.badRequest("Invalid sort", "Sort by 'changed' (newest change first, the default), 'title' or 'date'; '"
                    + shorten(value) + "' is none of them.");
        }
    }

    /** What to list: parsed and checked from request parameters (400 for anything out of range). */
    public record Query(int limit, Sort sort, String language, String outlet, LocalDate from, LocalDate to, Cursor after) {

        public static Query parse(String limit, String cursor, String sort, String language, String outlet) {
            return parse(limit, cursor, sort, language, outlet, null, null);
        }

        public static Query parse(String limit, String cursor, String sort, String language, String outlet, String from, String to) {
            int n = DEFAULT_LIMIT;
            if (limit != null && !limit.isBlank()) {
                try {
                    n = Integer.parseInt(limit.strip());
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 1 || n > MAX_LIMIT) {
                    throw ApiException.badRequest("Invalid limit", "limit is a number from 1 to " + MAX_LIMIT + "; '" + shorten(limit) + "' is not.");
                }
            }
            Sort order = Sort.parse(sort);
            Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.strip(), order);
            String lang = language == null || language.isBlank() ? null : language.strip();
            if (lang != null && !lang.matches("[A-Za-z0-9-]{1,35}")) {
                throw ApiException.badRequest("Invalid language", "language is a language tag such as 'en', 'ar' or 'fa'.");
            }
            String out = outlet == null || outlet.isBlank() ? null : outlet.strip();
            if (out != null && out.length() > 300) {
                throw ApiException.badRequest("Invalid outlet", "An outlet filter has at most 300 characters.");
            }
            LocalDate since = date("from", from);
            LocalDate until = date("to", to);
            if (since != null && until != null && since.isAfter(until)) {
                throw ApiException.badRequest("Invalid date", "from (" + since + ") is after to (" + until + ").");
            }
            return new Query(n, order, lang, out, since, until, after);
        }

        /** The same query from its first page. */
        public Query first() {
            return new Query(limit, sort, language, outlet, from, to, null);
        }

        /** Whether anything narrows the list (a filter, not the sort). */
        public boolean filtered() {
            return language != null || outlet != null || from != null || to != null;
        }

        private static LocalDate date(String name, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("Invalid date", name + " is a date written year-month-day (2026-12-01); '"
                        + shorten(value) + "' is not.");
            }
        }
    }

    /** Where a page ends: the sort key and id of its last story, sent back as an opaque token. */
    public record Cursor(Sort sort, String key, long id) {

        public String encode() {
            String raw = sort.label() + "\n" + key + "\n" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token, Sort expected) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = raw.split("\n", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException();
                }
                Sort sort = Sort.valueOf(parts[0].toUpperCase(Locale.ROOT));
                long id = Long.parseLong(parts[2]);
                if (sort != Sort.TITLE) {
                    Long.parseLong(parts[1]);
                }
                if (sort == Sort.DATE) {
                    try {
                        LocalDate.ofEpochDay(Long.parseLong(parts[1]));
                    } catch (java.time.DateTimeException outOfRange) {
                        throw new IllegalArgumentException(outOfRange);
                    }
                }
                if (sort != expected) {
                    throw ApiException.badRequest("Invalid cursor", "This cursor belongs to a list sorted by '" + sort.label()
                            + "'; send the same sort as the page it came from.");
                }
                return new Cursor(sort, parts[1], id);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Invalid cursor", "Use the cursor of a 'next' link exactly as it was given.");
            }
        }
    }

    /** One story of a page, with what the list shows of its versions. */
    public record Item(Story story, int versions, List<String> languages, List<String> outlets) {
    }

    /** A page and the cursor of the next one (null on the last page). */
    public record Page(List<Item> items, String next) {
    }

    @Inject
    EntityManager em;

    public Page page(Query q) {
        StringBuilder hql = new StringBuilder("select s from Story s where s.deletedAt is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.language() != null) {
            // tags are stored canonical ("fa", "fa-IR"): an uncorrelated IN over the language index, not a scan per story
            String lang = canonicalPrimary(q.language());
            hql.append(" and s.id in (select v.story.id from Version v where v.deletedAt is null"
                    + " and (v.language = :lang or v.language like :langPrefix))");
            params.put("lang", lang);
            params.put("langPrefix", lang + "-%");
        }
        if (q.outlet() != null) {
            hql.append(" and s.id in (select v.story.id from Version v where v.deletedAt is null and lower(v.outlet) like :outlet escape '!')");
            params.put("outlet", "%" + q.outlet().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (q.from() != null) {
            hql.append(" and s.storyDate >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            hql.append(" and s.storyDate <= :to");
            params.put("to", q.to());
        }
        Cursor c = q.after();
        switch (q.sort()) {
            case CHANGED -> {
                if (c != null) {
                    hql.append(" and (s.updatedAt < :at or (s.updatedAt = :at and s.id < :id))");
                    params.put("at", instant(c.key()));
                    params.put("id", c.id());
                }
                hql.append(" order by s.updatedAt desc, s.id desc");
            }
            case DATE -> {
                if (c != null) {
                    hql.append(" and (s.storyDate < :day or (s.storyDate = :day and s.id < :id))");
                    params.put("day", LocalDate.ofEpochDay(Long.parseLong(c.key())));
                    params.put("id", c.id());
                }
                hql.append(" order by s.storyDate desc, s.id desc");
            }
            case TITLE -> {
                if (c != null) {
                    hql.append(" and (lower(s.title) > :title or (lower(s.title) = :title and s.id > :id))");
                    params.put("title", c.key());
                    params.put("id", c.id());
                }
                hql.append(" order by lower(s.title), s.id");
            }
        }
        TypedQuery<Story> query = em.createQuery(hql.toString(), Story.class).setMaxResults(q.limit() + 1);
        params.forEach(query::setParameter);
        List<Story> stories = new ArrayList<>(query.getResultList());
        String next = null;
        if (stories.size() > q.limit()) {
            stories = stories.subList(0, q.limit());
            Story last = stories.get(stories.size() - 1);
            String key = switch (q.sort()) {
                case CHANGED -> String.valueOf(micros(last.updatedAt));
                case DATE -> String.valueOf(last.storyDate.toEpochDay());
                case TITLE -> last.title.toLowerCase(Locale.ROOT);
            };
            next = new Cursor(q.sort(), key, last.id).encode();
        }
        return new Page(items(stories), next);
    }

    /** The versions of a page's stories in one query (not one per story). */
    private List<Item> items(List<Story> stories) {
        if (stories.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Object[]>> byStory = new LinkedHashMap<>();
        List<Long> ids = stories.stream().map(s -> s.id).toList();
        List<Object[]> rows = em.createQuery("select v.story.id, v.language, v.outlet from Version v"
                        + " where v.story.id in :ids and v.deletedAt is null order by v.story.id, v.ordinal", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            byStory.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        List<Item> items = new ArrayList<>(stories.size());
        for (Story s : stories) {
            List<Object[]> versions = byStory.getOrDefault(s.id, List.of());
            Set<String> languages = new LinkedHashSet<>();
            Set<String> outlets = new LinkedHashSet<>();
            for (Object[] v : versions) {
                languages.add((String) v[1]);
                outlets.add((String) v[2]);
            }
            items.add(new Item(s, versions.size(), List.copyOf(languages), List.copyOf(outlets)));
        }
        return items;
    }

    /** "FA" → "fa", "fa-ir" → "fa-IR": the stored (canonical) form of a tag, or the tag lower-cased if it is not one. */
    private static String canonicalPrimary(String tag) {
        try {
            return dev.parallax.text.LanguageTags.canonical(tag);
        } catch (RuntimeException notATag) {
            return tag.toLowerCase(Locale.ROOT);
        }
    }

    private static long micros(OffsetDateTime at) {
        Instant i = at.toInstant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    private static OffsetDateTime instant(String micros) {
        long m = Long.parseLong(micros);
        return Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L), Math.floorMod(m, 1_000_000L) * 1_000L).atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String value) {
        String v = value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
