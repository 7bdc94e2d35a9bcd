package dev.fluentcrm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sample of measurements: median, and the spread as min..max over n runs. */
record Stats(List<Double> values) {
    Stats {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        values = List.copyOf(sorted);
    }

    static Stats of(List<Double> values) {
        return new Stats(values);
    }

    /** The statistics of every tool's every measured quantity, in the order they were measured. */
    static Map<Generators, Map<String, Stats>> ofEach(Map<Generators, Map<String, List<Double>>> values) {
        Map<Generators, Map<String, Stats>> stats = new EnumMap<>(Generators.class);
        values.forEach((tool, byKey) -> {
            Map<String, Stats> map = new LinkedHashMap<>();
            byKey.forEach((key, list) -> map.put(key, of(list)));
            stats.put(tool, map);
        });
        return stats;
    }

    double median() {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /**
     * A 95% confidence interval of the median, from order statistics (no assumption about the
     * distribution): ranks n/2 -+ 0.98 sqrt(n), the normal approximation of Binomial(n, 1/2).
     * Meaningful from about ten values; with fewer it is the whole range.
     */
    double[] medianInterval95() {
        int n = values.size();
        double half = 0.98 * Math.sqrt(n);
        int lower = Math.max(0, (int) Math.floor(n / 2.0 - half) - 1);
        int upper = Math.min(n - 1, (int) Math.ceil(n / 2.0 + half));
        return new double[] {values.get(lower), values.get(upper)};
    }

    double min() {
        return values.get(0);
    }

    double max() {
        return values.get(values.size() - 1);
    }

    /** {@code 1234 ms (1200..1300, n=5)}. */
    String format(String unit) {
        return String.format(
                Locale.ROOT, "%s %s (%s..%s, n=%d)", num(median()), unit, num(min()), num(max()), values.size());
    }

    static String num(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code 12.3x} or {@code 1.97x}: how many times ours {@code theirs} is (two decimals near a 2x target). */
    static String ratio(double theirs, double ours) {
        double ratio = theirs / ours;
        return String.format(Locale.ROOT, ratio < 10 ? "%.2fx" : "%.1fx", ratio);
    }
}
