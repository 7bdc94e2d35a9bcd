package dev.fluentcrm.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One generation in a fresh JVM: {@code ColdRun OURS|OPENAPI_GENERATOR spec out}. Prints one
 * line: the time from JVM start to done, the generation alone, peak heap used (over all heap
 * pools) and the process's peak resident memory (VmHWM).
 */
public final class ColdRun {
    private ColdRun() {}

    public static void main(String[] args) throws IOException {
        Generators tool = Generators.valueOf(args[0]);
        double generation = tool.timed(Path.of(args[1]), Path.of(args[2]));
        double sinceStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "COLD jvm_ms=%.1f gen_ms=%.1f peak_heap_mb=%.1f rss_mb=%.1f%n",
                sinceStart,
                generation,
                peakHeap / 1048576.0,
                vmHwmKb() / 1024.0);
    }

    private static long vmHwmKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
