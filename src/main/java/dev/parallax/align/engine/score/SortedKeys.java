package dev.parallax.align.engine.score;

/** Set operations on sorted, distinct int arrays: the fast path of every similarity computed. */
public final class SortedKeys {
    private SortedKeys() {
    }

    public static int intersectionSize(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i], y = b[j];
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    public static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i], y = b[j];
            if (x == y) {
                out[n++] = x;
                i++;
                j++;
            } else if (x < y) {
                out[n++] = x;
                i++;
            } else {
                out[n++] = y;
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The keys of a that are not in b. */
    public static int[] minus(int[] a, int[] b) {
        int[] out = new int[a.length];
        int i = 0, j = 0, n = 0;
        while (i < a.length) {
            if (j >= b.length || a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (a[i] == b[j]) {
                i++;
                j++;
            } else {
                j++;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * Dice coefficient with every key weighted (by its rarity, see {@link FeatureExtractor}):
     * 2·w(A∩B) / (w(A) + w(B)); 0 when both are empty.
     */
    public static double weightedDice(int[] a, int[] b, double[] weight) {
        int i = 0, j = 0;
        double both = 0, total = 0;
        while (i < a.length && j < b.length) {
            int x = a[i], y = b[j];
            if (x == y) {
                both += weight[x];
                total += 2 * weight[x];
                i++;
                j++;
            } else if (x < y) {
                total += weight[x];
                i++;
            } else {
                total += weight[y];
                j++;
            }
        }
        while (i < a.length) {
            total += weight[a[i++]];
        }
        while (j < b.length) {
            total += weight[b[j++]];
        }
        return total == 0 ? 0 : 2 * both / total;
    }

    /** Dice coefficient of two key sets, 0 when both are empty. */
    public static double dice(int[] a, int[] b) {
        int total = a.length + b.length;
        return total == 0 ? 0 : 2.0 * intersectionSize(a, b) / total;
    }
}
