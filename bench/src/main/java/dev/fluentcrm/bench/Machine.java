package dev.fluentcrm.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on. */
final class Machine {
    private Machine() {}

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        return String.format(
                Locale.ROOT,
                "%s, %d cores visible to the JVM, %s RAM; %s %s (%s)",
                cpu == null ? "unknown CPU" : cpu,
                Runtime.getRuntime().availableProcessors(),
                memory == null ? "unknown" : memory,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"));
    }

    static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")";
    }

    static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String firstValue(Path file, String key) {
        try {
            if (!Files.isReadable(file)) {
                return null;
            }
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith(key))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
