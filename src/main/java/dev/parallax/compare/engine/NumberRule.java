package dev.parallax.compare.engine;

import dev.parallax.text.ScriptFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "number": numbers, amounts, years, days of the week and months that differ or are missing. Numbers
 * compare by value whatever their digits (2019 = ٢٠١٩ = ۲۰۱۹, 2,000 = ۲٬۰۰۰); days and months by what they
 * name (Sunday = الأحد = یکشنبه), so the rule holds across languages.
 */
public final class NumberRule implements FlagRule {

    /** A number or calendar word found in a cell: its comparison key, its category and how it was written. */
    record Amount(String key, String category, String surface) {
    }

    private static final Map<String, String> CALENDAR = new HashMap<>();
    /** Arabic calendar words that are also ordinary words: only with the article or after يوم. */
    private static final java.util.Set<String> NEEDS_ARTICLE = new java.util.HashSet<>();

    static {
        String[] days = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
        String[][] dayWords = {
                {"sunday", "أحد", "یکشنبه"}, {"monday", "اثنين", "إثنين", "دوشنبه"}, {"tuesday", "ثلاثاء", "سه‌شنبه", "سه شنبه"},
                {"wednesday", "أربعاء", "چهارشنبه"}, {"thursday", "خميس", "پنجشنبه", "پنج‌شنبه"},
                {"friday", "جمعة", "جمعه"}, {"saturday", "سبت", "شنبه"}};
        for (int d = 0; d < days.length; d++) {
            for (String w : dayWords[d]) {
                CALENDAR.put(ScriptFolding.fold(w), "day:" + days[d]);
            }
        }
        for (String w : new String[]{"أحد", "جمعة", "سبت"}) {
            NEEDS_ARTICLE.add(ScriptFolding.fold(w));
        }
        String[][] months = {
                {"january", "jan", "يناير", "كانون الثاني", "ژانویه"}, {"february", "feb", "فبراير", "شباط", "فوریه"},
                {"march", "مارس", "آذار"}, {"april", "apr", "أبريل", "ابريل", "نيسان", "آوریل"},
                {"may", "مايو", "أيار", "مه"}, {"june", "jun", "يونيو", "حزيران", "ژوئن"},
                {"july", "jul", "يوليو", "تموز", "ژوئیه"}, {"august", "aug", "أغسطس", "اوت"},
                {"september", "sep", "sept", "سبتمبر", "أيلول", "سپتامبر"}, {"october", "oct", "أكتوبر", "اکتبر"},
                {"november", "nov", "نوفمبر", "نوامبر"}, {"december", "dec", "ديسمبر", "دسامبر"}};
        for (int m = 0; m < months.length; m++) {
            for (String w : months[m]) {
                CALENDAR.put(ScriptFolding.fold(w), "month:" + (m + 1));
            }
        }
    }

    /** Number words, by value: "three-day" against "two-day" is a number that differs (en, ar, fa). */
    private static final Map<String, String> NUMBER_WORDS = new HashMap<>();

    static {
        String[] english = {null, null, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int n = 2; n < english.length; n++) {
            NUMBER_WORDS.put(english[n], String.valueOf(n));
        }
        String[][] more = {{"thirty", "30"}, {"forty", "40"}, {"fifty", "50"}, {"sixty", "60"}, {"seventy", "70"}, {"eighty", "80"},
                {"ninety", "90"}, {"hundred", "100"}, {"thousand", "1000"}, {"million", "1000000"}, {"billion", "1000000000"},
                // Arabic (both genders; words that are also common nouns, such as ست, left out)
                {"اثنان", "2"}, {"اثنين", "2"}, {"اثنتين", "2"}, {"ثلاثة", "3"}, {"ثلاث", "3"}, {"أربعة", "4"}, {"أربع", "4"},
                {"خمسة", "5"}, {"خمس", "5"}, {"ستة", "6"}, {"سبعة", "7"}, {"ثمانية", "8"}, {"تسعة", "9"}, {"عشرة", "10"},
                {"عشرين", "20"}, {"عشرون", "20"}, {"مئة", "100"}, {"مائة", "100"}, {"ألف", "1000"}, {"مليون", "1000000"},
                // Persian (نه, "nine", is also "no": left out)
                {"دو", "2"}, {"سه", "3"}, {"چهار", "4"}, {"پنج", "5"}, {"شش", "6"}, {"هفت", "7"}, {"هشت", "8"}, {"ده", "10"},
                {"بیست", "20"}, {"صد", "100"}, {"هزار", "1000"}, {"میلیون", "1000000"}};
        for (String[] w : more) {
            NUMBER_WORDS.put(ScriptFolding.fold(w[0]), w[1]);
        }
    }

    @Override
    public String name() {
        return "number";
    }

    /** A day or month name ("Tuesday", "يوم الثلاثاء"): the number rule's, not a name. */
    static boolean isCalendarWord(DiffToken t) {
        return t.isWord() && CALENDAR.containsKey(t.key().replace("\u200C", ""));
    }

    /** The value of a number word ("three" → "3", "ثلاثة", "سه"), or null. */
    static String numberWord(List<DiffToken> tokens, int k) {
        DiffToken t = tokens.get(k);
        String value = NUMBER_WORDS.get(t.key().replace("\u200C", ""));
        if (value == null) {
            return null;
        }
        // "سه شنبه" written with a space is Tuesday, not three
        if (k + 1 < tokens.size() && "شنبه".equals(tokens.get(k + 1).key())) {
            return null;
        }
        return value;
    }

    /** The numbers and calendar words of a cell, in order. */
    static List<Amount> amounts(List<DiffToken> tokens, String language) {
        List<Amount> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            DiffToken t = tokens.get(k);
            if (t.kind() == DiffToken.Kind.NUMBER) {
                out.add(new Amount("n:" + value(t.key()), "number", t.text()));
            } else if (t.isWord()) {
                String key = t.key().replace("\u200C", "");
                String word = numberWord(tokens, k);
                if (word != null) {
                    out.add(new Amount("n:" + word, "number", t.text()));
                    continue;
                }
                String cal = CALENDAR.get(key);
                if (cal == null) {
                    continue;
                }
                if (t.isArabicScript() && NEEDS_ARTICLE.contains(key) && "ar".equals(language)
                        && !(k > 0 && ("ال".equals(tokens.get(k - 1).key()) || (k > 1 && "يوم".equals(tokens.get(k - 1).key()))))) {
                    continue;
                }
                // "march", "may": in Latin script a month only capitalised or next to a number, and "May" opening
                // a sentence is the modal unless a number follows
                if (!t.isArabicScript() && cal.startsWith("month") && !nextToNumber(tokens, k)
                        && (!t.capitalised() || (key.equals("may") && t.sentenceInitial()))) {
                    continue;
                }
                out.add(new Amount(cal, cal.startsWith("day") ? "day" : "month", t.text()));
            }
        }
        return out;
    }

    private static boolean nextToNumber(List<DiffToken> tokens, int k) {
        return (k > 0 && tokens.get(k - 1).kind() == DiffToken.Kind.NUMBER)
                || (k + 1 < tokens.size() && tokens.get(k + 1).kind() == DiffToken.Kind.NUMBER);
    }

    /** "05" and "5" are one value; "2.50" and "2.5" too. */
    static String value(String key) {
        String v = key;
        if (v.contains(".")) {
            v = v.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        v = v.replaceFirst("^0+(?=\\d)", "");
        return v;
    }

    @Override
    public List<Flag> flags(CellPair pair) {
        List<Amount> base = amounts(pair.base(), pair.baseLanguage());
        List<Amount> other = amounts(pair.other(), pair.otherLanguage());
        List<Amount> removed = minus(base, other);
        List<Amount> added = minus(other, base);
        List<Flag> flags = new ArrayList<>();
        for (Amount r : removed) {
            Amount match = added.stream().filter(a -> a.category().equals(r.category())).findFirst().orElse(null);
            String what = label(r.category());
            if (match != null) {
                added.remove(match);
                flags.add(new Flag(Flag.Type.NUMBER, r.surface(), match.surface(),
                        what + " differs: " + r.surface() + " in the base, " + match.surface() + " here"));
            } else {
                flags.add(new Flag(Flag.Type.NUMBER, r.surface(), "", what + " missing here: the base has " + r.surface()));
            }
        }
        for (Amount a : added) {
            flags.add(new Flag(Flag.Type.NUMBER, "", a.surface(), label(a.category()) + " not in the base: " + a.surface()));
        }
        return flags;
    }

    private static String label(String category) {
        return switch (category) {
            case "day" -> "Day";
            case "month" -> "Date";
            default -> "Number";
        };
    }

    /** The amounts of {@code a} left after taking out, one for one, those of {@code b}. */
    private static List<Amount> minus(List<Amount> a, List<Amount> b) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(x -> counts.merge(x.key(), 1, Integer::sum));
        List<Amount> out = new ArrayList<>();
        for (Amount x : a) {
            int c = counts.getOrDefault(x.key(), 0);
            if (c > 0) {
                counts.put(x.key(), c - 1);
            } else {
                out.add(x);
            }
        }
        return out;
    }
}
