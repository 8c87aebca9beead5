package dev.parallax.text;

/**
 * A rough romanisation of a name reduced to its consonants, computed the same way for Arabic script and
 * for Latin script so that a name matches its transliteration: Assad / الأسد → "sd", Khamenei / خامنئي /
 * خامنه‌ای → "kmn", Tehran / طهران / تهران → "trn", Raisi / رئيسي / رئیسی → "rs", Damascus / دمشق →
 * "tmsks" / "tmsk" (compared with {@link #prefixKey}).
 *
 * <p>Why consonants only: Arabic script omits short vowels and writes long vowels with letters (ا و ي)
 * that Latin spellings render as a, e, i, o, u, w, y at will. Consonant classes are merged where
 * transliterations disagree: s/z/sh/th(ث)/ص/ظ, k/q/kh/c, t/ط/d(د ض ذ, since Latin "d"/"t" alternate in
 * many exonyms), b/p, j/g, and h (ه ح, Latin h) is dropped because it is written inconsistently.
 */
public final class ConsonantSkeleton {

    private ConsonantSkeleton() {
    }

    public static String ofArabicScript(String folded) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = arabicClass(folded.charAt(i));
            append(sb, c);
        }
        return sb.toString();
    }

    static char arabicClass(char c) {
        switch (c) {
            case 'ب': case 'پ': return 'b';
            case 'ت': case 'ط': case 'د': case 'ض': case 'ذ': return 't';
            case 'ث': case 'س': case 'ص': case 'ش': case 'ز': case 'ظ': case 'ژ': case 'چ': return 's';
            case 'ج': case 'گ': case 'غ': return 'j';
            case 'خ': case 'ق': case 'ك': case 'ک': return 'k';
            case 'ر': return 'r';
            case 'ف': return 'f';
            case 'ل': return 'l';
            case 'م': return 'm';
            case 'ن': return 'n';
            default: return 0; // vowels, hamza, ع, ه, ح, ة and anything else
        }
    }

    /** {@code lower} is the folded (lower-case, accent-free) Latin word. */
    public static String ofLatin(String lower) {
        StringBuilder sb = new StringBuilder();
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            char next = i + 1 < n ? lower.charAt(i + 1) : 0;
            char cls;
            switch (c) {
                case 'b': case 'p': cls = 'b'; break;
                case 't': case 'd': cls = 't'; break;
                case 's': case 'z': case 'x': cls = 's'; break;
                case 'c':
                    if (next == 'h') { cls = 's'; i++; }
                    else if (next == 'e' || next == 'i' || next == 'y') { cls = 's'; }
                    else { cls = 'k'; }
                    break;
                case 'k': case 'q': cls = 'k'; break;
                case 'g': case 'j': cls = 'j'; break;
                case 'r': cls = 'r'; break;
                case 'f': cls = 'f'; break;
                case 'l': cls = 'l'; break;
                case 'm': cls = 'm'; break;
                case 'n': cls = 'n'; break;
                default: cls = 0; // vowels, h, w, v, y
            }
            if (c == 'p' && next == 'h') { cls = 'f'; i++; }
            if ((c == 'k' || c == 'g') && next == 'h') { cls = c == 'k' ? 'k' : 'j'; i++; }
            append(sb, cls);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, char cls) {
        if (cls == 0) {
            return;
        }
        // doubled consonants are one (Assad, shadda already removed)
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == cls) {
            return;
        }
        sb.append(cls);
    }

    /**
     * The key under which two skeletons are compared: the first four classes. Exonyms and case endings
     * tend to differ at the end (Damascus "tmsks" vs دمشق "tmsk"), seldom at the start.
     */
    public static String prefixKey(String skeleton) {
        return skeleton.length() > 4 ? skeleton.substring(0, 4) : skeleton;
    }
}
