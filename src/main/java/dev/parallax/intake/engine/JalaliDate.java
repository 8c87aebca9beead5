package dev.parallax.intake.engine;

import java.time.LocalDate;

/**
 * The Solar Hijri (Jalali) calendar of Iranian sites ("۱۴۰۱/۰۲/۱۸"), converted to the Gregorian date.
 * Nowruz comes from the published breaks of the astronomical calendar (as in the jalaali algorithms).
 */
public final class JalaliDate {

    private JalaliDate() {
    }

    /** True for years a Jalali date plausibly has on a news page (1300–1500 SH, i.e. 1921–2121). */
    public static boolean plausibleYear(int year) {
        return year >= 1300 && year <= 1500;
    }

    public static LocalDate toGregorian(int jy, int jm, int jd) {
        if (jm < 1 || jm > 12 || jd < 1 || jd > 31 || (jm > 6 && jd > 30)) {
            throw new IllegalArgumentException("not a Jalali date: " + jy + "/" + jm + "/" + jd);
        }
        int dayOfYear = jm <= 6 ? (jm - 1) * 31 + jd : 186 + (jm - 7) * 30 + jd;
        return nowruz(jy).plusDays(dayOfYear - 1L);
    }

    /** The Gregorian date of 1 Farvardin of {@code jy} (20 or 21 March, rarely 22). */
    static LocalDate nowruz(int jy) {
        // jalaali-js: march = 20 + leap correction, from the breaks of the astronomical calendar
        int[] breaks = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178};
        int gy = jy + 621;
        int leapJ = -14;
        int jp = breaks[0];
        int jump = 0;
        for (int i = 1; i < breaks.length; i++) {
            int jm = breaks[i];
            jump = jm - jp;
            if (jy < jm) {
                break;
            }
            leapJ += jump / 33 * 8 + (jump % 33) / 4;
            jp = jm;
        }
        int n = jy - jp;
        leapJ += n / 33 * 8 + ((n % 33) + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ++;
        }
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int march = 20 + leapJ - leapG;
        return LocalDate.of(gy, 3, march);
    }
}
