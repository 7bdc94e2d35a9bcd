package dev.fluentcrm.codegen.diff;

import java.util.List;

/**
 * The changes from one spec to another, breaking ones first, then by place. {@code oldSide} and
 * {@code newSide} say what was compared (a file name or Maven coordinates) and the spec's
 * {@code info.version}.
 */
public record DiffReport(Side oldSide, Side newSide, List<Change> changes) {
    /** One of the two specs compared. */
    public record Side(String label, String specVersion) {}

    /** The bump the whole set of changes implies: the largest one. */
    public Bump bump() {
        return changes.stream().map(Change::bump).reduce(Bump.NONE, Bump::max);
    }

    public long breakingCount() {
        return changes.stream().filter(Change::breaking).count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
