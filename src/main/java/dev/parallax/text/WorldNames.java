package dev.parallax.text;

import java.text.DateFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names that every locale of the JDK knows, as a multilingual word list: the months, the weekdays,
 * the countries (and the adjectives derived from them: Syrian, سوري, سوری) and the major languages, from
 * the CLDR data the JDK ships. It needs no download and covers any language the JDK has a locale for.
 *
 * <p>Why: between English, Arabic and Persian the aligner otherwise shares only numbers and transliterated
 * names. A weekday or a month anchors dates ("on Tuesday" / "يوم الثلاثاء" / "روز سه‌شنبه"), and country
 * names are the most frequent names in news, yet their exonyms do not transliterate (Syria / سوريا /
 * سوریه, China / الصين / چین). Each name maps to a concept ({@code m:10}, {@code d:3}, {@code k:SY},
 * {@code l:fa}) that the feature extractor turns into a key shared across languages.
 */
public final class WorldNames {

    /** The longest name, in words, that is looked up (الولايات المتحدة الأمريكية). */
    private static final int MAX_WORDS = 3;

    /** Major languages only: the full ISO 639-1 list holds names that are common words elsewhere. */
    private static final List<String> LANGUAGES = List.of("ar", "fa", "en", "fr", "de", "es", "ru", "zh", "tr",
            "he", "ur", "hi", "ja", "ko", "it", "pt", "ku", "ps", "nl", "el", "pl", "sv", "uk", "az", "hy", "ka");

    /** Arabic month names differ by region (يناير in Egypt, كانون الثاني in the Levant): all are read. */
    private static final Map<String, List<String>> REGIONAL = Map.of("ar", List.of("SY", "LB", "IQ", "JO", "EG", "SA", "MA"));

    private static final Map<String, WorldNames> CACHE = new ConcurrentHashMap<>();

    /** The languages the JDK has locale data for. */
    private static final java.util.Set<String> KNOWN = java.util.Arrays.stream(Locale.getAvailableLocales())
            .map(Locale::getLanguage).filter(l -> !l.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** folded words of a name (space-joined) → concept. */
    private final Map<String, String> names;
    /** Names written with the Arabic article: only a token that had a prefix stripped matches them. */
    private final Map<String, Boolean> needsArticle;

    private WorldNames(Map<String, String> names, Map<String, Boolean> needsArticle) {
        this.names = names;
        this.needsArticle = needsArticle;
    }

    /** The names of one language (its primary subtag; null or unknown gives an empty list). */
    public static WorldNames of(String language) {
        String key = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
        return CACHE.computeIfAbsent(key, WorldNames::build);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /**
     * The concepts named in {@code tokens}, longest name first at each position. Latin-script names must
     * be capitalised (so "may" and "march" stay verbs); Arabic-script ones written with the article must
     * carry it or a clitic (so أحد "one" is not الأحد "Sunday").
     */
    public List<String> concepts(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        if (names.isEmpty()) {
            return out;
        }
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            Token first = tokens.get(i);
            if (first.kind() == Token.Kind.WORD && (first.capitalised() || first.isArabicScript())) {
                StringBuilder phrase = new StringBuilder();
                for (int w = 0; w < MAX_WORDS && i + w < tokens.size(); w++) {
                    Token t = tokens.get(i + w);
                    if (t.kind() != Token.Kind.WORD) {
                        break;
                    }
                    if (w > 0) {
                        phrase.append(' ');
                    }
                    phrase.append(t.folded());
                    String concept = names.get(phrase.toString());
                    if (concept != null && acceptable(tokens.get(i), phrase.toString())) {
                        out.add(concept);
                        matched = w + 1;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    private boolean acceptable(Token first, String phrase) {
        if (!first.isArabicScript()) {
            return first.capitalised();
        }
        return !needsArticle.containsKey(phrase) || !ScriptFolding.fold(first.surface()).equals(first.folded());
    }

    private static WorldNames build(String language) {
        if (language.isEmpty() || !KNOWN.contains(language)) {
            return new WorldNames(Map.of(), Map.of()); // no CLDR data: the JDK would answer in English
        }
        Builder b = new Builder();
        List<Locale> locales = new ArrayList<>();
        locales.add(Locale.forLanguageTag(language));
        for (String region : REGIONAL.getOrDefault(language, List.of())) {
            locales.add(new Locale(language, region));
        }
        for (Locale l : locales) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(l);
            String[] months = symbols.getMonths();
            for (int m = 0; m < 12; m++) {
                b.add(months[m], "m:" + (m + 1), false);
                b.add(Month.of(m + 1).getDisplayName(TextStyle.FULL_STANDALONE, l), "m:" + (m + 1), false);
            }
            String[] days = symbols.getWeekdays();
            for (int d = 1; d < days.length; d++) {
                b.add(days[d], "d:" + d, false);
            }
        }
        Locale l = locales.get(0);
        for (String country : Locale.getISOCountries()) {
            String name = new Locale("", country).getDisplayCountry(l);
            if (!name.equals(country)) {
                b.add(name, "k:" + country, true);
            }
        }
        for (String lang : LANGUAGES) {
            String name = new Locale(lang).getDisplayLanguage(l);
            if (!name.equals(lang)) {
                b.add(name, "l:" + lang, false);
            }
        }
        return new WorldNames(b.names, b.needsArticle);
    }

    /** Collects names; a form that two concepts share is dropped, since it cannot tell them apart. */
    private static final class Builder {
        final Map<String, String> names = new HashMap<>();
        final Map<String, Boolean> needsArticle = new HashMap<>();
        private final Map<String, Boolean> ambiguous = new HashMap<>();

        void add(String name, String concept, boolean derive) {
            List<Token> tokens = Tokenizer.tokenize(name);
            if (tokens.isEmpty() || tokens.size() > MAX_WORDS || tokens.stream().anyMatch(t -> t.kind() != Token.Kind.WORD)) {
                return;
            }
            StringBuilder phrase = new StringBuilder();
            for (Token t : tokens) {
                phrase.append(phrase.length() > 0 ? " " : "").append(t.folded());
            }
            String p = phrase.toString();
            Token first = tokens.get(0);
            boolean article = first.isArabicScript() && !ScriptFolding.fold(first.surface()).equals(first.folded());
            put(p, concept, article);
            if (derive && tokens.size() == 1) {
                for (String form : adjectives(first)) {
                    put(form, concept, false);
                }
            }
        }

        private void put(String phrase, String concept, boolean article) {
            if (phrase.length() < 3 || ambiguous.containsKey(phrase)) {
                return;
            }
            String old = names.putIfAbsent(phrase, concept);
            if (old != null && !old.equals(concept)) {
                names.remove(phrase);
                needsArticle.remove(phrase);
                ambiguous.put(phrase, true);
                return;
            }
            if (article) {
                needsArticle.put(phrase, true);
            } else {
                needsArticle.remove(phrase);
            }
        }

        /**
         * The adjective forms of a one-word country name: Syria → Syrian, Iran → Iranian, Iraq → Iraqi,
         * China → Chinese; سوريا → سوري سورية سوريون سوريين; ایران → ایرانی ایرانیان.
         */
        private static List<String> adjectives(Token t) {
            String f = t.folded();
            List<String> out = new ArrayList<>();
            if (t.isArabicScript()) {
                String stem = f.endsWith("ا") || f.endsWith("ه") ? f.substring(0, f.length() - 1) : f;
                for (String base : new String[] {f, stem}) {
                    for (String suffix : new String[] {"ي", "يه", "يون", "يين", "يان", "ييه"}) {
                        out.add(base + suffix);
                    }
                }
                if (!stem.equals(f) && stem.endsWith("ي")) { // سوريا → سوري, روسيا → روسية
                    for (String suffix : new String[] {"", "ه", "ون", "ين", "ان"}) {
                        out.add(stem + suffix);
                    }
                }
            } else if (f.length() >= 4) {
                String stem = f.endsWith("a") || f.endsWith("y") || f.endsWith("e") ? f.substring(0, f.length() - 1) : f;
                for (String form : new String[] {f + "n", f + "an", f + "ian", f + "i", f + "ns", f + "ians",
                        stem + "an", stem + "ese", stem + "ish", stem + "ans", stem + "ian", stem + "ians"}) {
                    if (!form.equals(f)) {
                        out.add(form);
                    }
                }
            }
            return out;
        }
    }
}
