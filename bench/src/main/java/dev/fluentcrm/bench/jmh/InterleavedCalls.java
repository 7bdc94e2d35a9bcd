package dev.fluentcrm.bench.jmh;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The three ways of making a call of {@link ClientCallBench}, measured in alternation: each
 * round makes a batch of calls in each way, in a rotating order. JMH runs one benchmark after
 * another, minutes apart, and on a virtual machine the speed drifts more over minutes than the
 * difference being measured; a ratio taken within each round cancels that drift.
 */
public final class InterleavedCalls {
    /** How a call is made. */
    public enum Way {
        OURS,
        RAW_TYPED,
        RAW_TREE
    }

    /** Per round, the mean time of a call in each way, in microseconds. */
    public record Rounds(Map<Way, List<Double>> micros) {
        /** Per round, the time of ours over the time of {@code other}. */
        public List<Double> ratios(Way other) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < micros.get(Way.OURS).size(); i++) {
                ratios.add(micros.get(Way.OURS).get(i) / micros.get(other).get(i));
            }
            return ratios;
        }
    }

    private InterleavedCalls() {}

    /** {@code rounds} rounds of {@code calls} calls per way, after one unrecorded round; {@code get} picks the single contact, else the list. */
    public static Rounds measure(boolean get, int rounds, int calls) throws Exception {
        ClientCallBench bench = new ClientCallBench();
        bench.start();
        try {
            Map<Way, List<Double>> micros = new EnumMap<>(Way.class);
            Way[] ways = Way.values();
            for (int round = -1; round < rounds; round++) {
                for (int k = 0; k < ways.length; k++) {
                    Way way = ways[Math.floorMod(round + k, ways.length)];
                    long start = System.nanoTime();
                    for (int i = 0; i < calls; i++) {
                        call(bench, way, get);
                    }
                    if (round >= 0) {
                        micros.computeIfAbsent(way, w -> new ArrayList<>())
                                .add((System.nanoTime() - start) / 1e3 / calls);
                    }
                }
            }
            return new Rounds(micros);
        } finally {
            bench.stop();
        }
    }

    private static Object call(ClientCallBench bench, Way way, boolean get) throws Exception {
        return switch (way) {
            case OURS -> get ? bench.sdkGetContact() : bench.sdkListContacts();
            case RAW_TYPED -> get ? bench.rawTypedGetContact() : bench.rawTypedListContacts();
            case RAW_TREE -> get ? bench.rawGetContact() : bench.rawListContacts();
        };
    }
}
