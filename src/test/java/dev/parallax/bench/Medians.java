package dev.parallax.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median time of a task in milliseconds, after warm-up runs: one way for the in-process benchmarks to time. */
public final class Medians {

    private Medians() {
    }

    public static double of(int warmup, int runs, Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
