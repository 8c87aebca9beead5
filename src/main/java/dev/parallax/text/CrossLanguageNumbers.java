package dev.parallax.text;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers and dates written differently across languages, as keys the other language's text can share:
 * number words ("three", "ثلاثة", "سه" → {@code n:3}) and months of the Solar Hijri and Islamic calendars
 * with their year ("بهمن ۱۳۹۷" → February 2019: {@code m:1}, {@code m:2} for the Gregorian months the month
 * overlaps, and {@code n:2019}), so that they meet "February 2019" (months are {@link WorldNames}'s
 * {@code m:} concepts, numbers the tokenizer's {@code n:} keys). Pure: no network, JDK calendars only.
 */
public final class CrossLanguageNumbers {

    private CrossLanguageNumbers() {
    }

    // "one", "یک" (also "a") and "نه" (also "no") are left out: too ambiguous to count as numbers
    private static final String[][] NUMBER_WORDS = {
            {"2", "two", "اثنان", "اثنين", "اثنتين", "اثنتان", "دو"},
            {"3", "three", "ثلاث", "ثلاثة", "سه"},
            {"4", "four", "أربع", "أربعة", "چهار"},
            {"5", "five", "خمس", "خمسة", "پنج"},
            {"6", "six", "ستة", "شش"},
            {"7", "seven", "سبع", "سبعة", "هفت"},
            {"8", "eight", "ثماني", "ثمانية", "هشت"},
            {"9", "nine", "تسع", "تسعة"},
            {"10", "ten", "عشر", "عشرة", "ده"},
            {"11", "eleven", "یازده"},
            {"12", "twelve", "دوازده"},
            {"20", "twenty", "عشرون", "عشرين", "بیست"},
            {"30", "thirty", "ثلاثون", "ثلاثين"},
            {"40", "forty", "أربعون", "أربعين", "چهل"},
            {"50", "fifty", "خمسون", "خمسين", "پنجاه"},
            {"100", "hundred", "مائة", "مئة", "صد"},
            {"1000", "thousand", "ألف", "هزار"},
            {"13", "thirteen", "سیزده"},
            {"14", "fourteen", "چهارده"},
            {"15", "fifteen", "پانزده"},
            {"16", "sixteen", "شانزده"},
            {"17", "seventeen", "هفده"},
            {"18", "eighteen", "هجده", "هیجده"},
            {"19", "nineteen", "نوزده"},
            {"60", "sixty", "ستون", "ستين", "شصت"},
            {"70", "seventy", "سبعون", "سبعين", "هفتاد"},
            {"80", "eighty", "ثمانون", "ثمانين", "هشتاد"},
            {"90", "ninety", "تسعون", "تسعين", "نود"},
            {"1000000", "million", "millions", "مليون", "ملايين", "میلیون"},
            {"1000000000", "billion", "billions", "مليار", "مليارات", "میلیارد"},
            {"%", "percent", "بالمئة", "بالمائة", "درصد"},
    };

    /** Solar Hijri months, 1-based. */
    private static final String[] SOLAR_MONTHS = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
            "آذر", "دی", "بهمن", "اسفند"};

    /** Islamic months, 1-based; several spellings. */
    private static final String[][] ISLAMIC_MONTHS = {
            {"محرم"}, {"صفر"}, {"ربيع الأول", "ربیع‌الاول", "ربيع الاول"}, {"ربيع الآخر", "ربيع الثاني", "ربیع‌الثانی"},
            {"جمادى الأولى", "جمادی‌الاول", "جمادى الاولى"}, {"جمادى الآخرة", "جمادی‌الثانی", "جمادى الثانية"}, {"رجب"},
            {"شعبان"}, {"رمضان"}, {"شوال"}, {"ذو القعدة", "ذی‌القعده"}, {"ذو الحجة", "ذی‌الحجه"}};

    private static final Map<String, String> NUMBERS = new HashMap<>();
    /** folded phrase → month, positive for Solar Hijri, negative for Islamic. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static int longestMonth = 1;

    static {
        for (String[] row : NUMBER_WORDS) {
            for (int i = 1; i < row.length; i++) {
                String f = fold(row[i]);
                if (f != null) {
                    NUMBERS.put(f, row[0]);
                }
            }
        }
        for (int m = 0; m < SOLAR_MONTHS.length; m++) {
            putMonth(SOLAR_MONTHS[m], m + 1);
        }
        for (int m = 0; m < ISLAMIC_MONTHS.length; m++) {
            for (String name : ISLAMIC_MONTHS[m]) {
                putMonth(name, -(m + 1));
            }
        }
    }

    private static void putMonth(String name, int month) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(name)) {
            if (t.kind() == Token.Kind.WORD) {
                words.add(t.folded());
            }
        }
        if (!words.isEmpty()) {
            MONTHS.putIfAbsent(String.join(" ", words), month);
            longestMonth = Math.max(longestMonth, words.size());
        }
    }

    private static String fold(String word) {
        for (Token t : Tokenizer.tokenize(word)) {
            if (t.kind() == Token.Kind.WORD) {
                return t.folded();
            }
        }
        return null;
    }

    /** The digits a number word stands for ("three" → "3"), or null. */
    public static String numberWord(Token token) {
        if (token.kind() != Token.Kind.WORD) {
            return null;
        }
        String f = token.folded();
        int hyphen = f.indexOf('-');
        return NUMBERS.get(hyphen > 0 ? f.substring(0, hyphen) : f); // "three-day"
    }

    /**
     * Keys of the Solar Hijri and Islamic dates in {@code tokens}: a month name followed, within two tokens,
     * by its year gives the Gregorian months it overlaps ({@code m:}) and the Gregorian year ({@code n:}); a
     * month name without a year gives nothing (it cannot be placed).
     */
    public static List<String> dateKeys(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = Math.min(longestMonth, tokens.size() - i); len >= 1; len--) {
                StringBuilder phrase = new StringBuilder();
                boolean words = true;
                for (int k = i; k < i + len && words; k++) {
                    words = tokens.get(k).kind() == Token.Kind.WORD;
                    phrase.append(k > i ? " " : "").append(tokens.get(k).folded());
                }
                Integer month = words ? MONTHS.get(phrase.toString()) : null;
                if (month == null) {
                    continue;
                }
                Integer year = yearAfter(tokens, i + len);
                if (year != null) {
                    out.addAll(month > 0 ? solarHijri(year, month) : islamic(year, -month));
                }
                i += len - 1;
                break;
            }
        }
        return out;
    }

    private static Integer yearAfter(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 2); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.NUMBER && t.folded().length() == 4) {
                return Integer.parseInt(t.folded());
            }
        }
        return null;
    }

    /** Gregorian keys of Solar Hijri month {@code month} of {@code year} (1 Farvardin = the March equinox day). */
    static List<String> solarHijri(int year, int month) {
        if (year < 1200 || year > 1600) {
            return List.of();
        }
        // 1 Farvardin falls on 20 or 21 March; a day off does not change which months are overlapped much
        LocalDate nowruz = LocalDate.of(year + 621, 3, 21);
        int before = month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30;
        LocalDate first = nowruz.plusDays(before);
        LocalDate last = first.plusDays(month <= 6 ? 30 : 29);
        return keys(first, last);
    }

    static List<String> islamic(int year, int month) {
        try {
            HijrahDate first = HijrahDate.of(year, month, 1);
            LocalDate start = LocalDate.from(first);
            LocalDate end = LocalDate.from(first.plus(1, java.time.temporal.ChronoUnit.MONTHS)).minusDays(1);
            return keys(start, end);
        } catch (java.time.DateTimeException e) {
            return List.of(); // outside the Umm al-Qura calendar's range
        }
    }

    private static List<String> keys(LocalDate first, LocalDate last) {
        List<String> out = new ArrayList<>();
        out.add("m:" + first.get(ChronoField.MONTH_OF_YEAR));
        out.add("n:" + first.getYear());
        if (last.getMonthValue() != first.getMonthValue()) {
            out.add("m:" + last.getMonthValue());
        }
        if (last.getYear() != first.getYear()) {
            out.add("n:" + last.getYear());
        }
        return out;
    }
}
