package dev.fluentcrm.codegen.diff;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.model.Api;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares two versions of a spec as the generator sees them (the {@link Api} it builds with
 * swagger-parser), so that every change is told in terms of the Java SDK generated from each:
 * which class, method or constant it touches, whether code using the SDK still compiles and
 * works, and the semantic version bump that implies.
 */
public final class SpecDiff {
    private static final Comparator<Change> ORDER = Comparator.comparing(Change::bump)
            .reversed()
            .thenComparing(Change::location)
            .thenComparing(Change::kind)
            .thenComparing(Change::javaElement)
            .thenComparing(Change::message);

    private SpecDiff() {}

    /**
     * Loads both sides (each its base file followed by the same overlays) and compares them.
     *
     * @throws dev.fluentcrm.codegen.load.SpecException naming the file and place when a side cannot be read
     */
    public static DiffReport compare(String oldLabel, List<URI> oldSpecs, String newLabel, List<URI> newSpecs) {
        return compare(oldLabel, Generator.load(oldSpecs), newLabel, Generator.load(newSpecs));
    }

    /** Compares two loaded specs. */
    public static DiffReport compare(String oldLabel, Api oldApi, String newLabel, Api newApi) {
        List<Change> changes = new ArrayList<>();
        new OperationsDiff(oldApi, newApi, changes::add).run();
        new TypesDiff(oldApi, newApi, changes::add).run();
        changes.sort(ORDER);
        return new DiffReport(
                new DiffReport.Side(oldLabel, oldApi.version()),
                new DiffReport.Side(newLabel, newApi.version()),
                List.copyOf(changes));
    }
}
