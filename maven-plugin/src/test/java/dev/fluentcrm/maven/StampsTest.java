package dev.fluentcrm.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path of the up-to-date check: what keeps it from being taken. */
class StampsTest {
    private static final String CONFIGURATION = "package dev.fluentcrm.client\noutput client";

    @TempDir
    Path dir;

    private Path a;
    private Path b;
    private Path store;

    @BeforeEach
    void files() throws Exception {
        a = Files.writeString(dir.resolve("a.java"), "class A {}");
        b = Files.writeString(dir.resolve("b.java"), "class B {}");
        // Old enough to be trusted by a two-second racy window.
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.setLastModifiedTime(b, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        store = Stamps.location(dir.resolve("target"), dir.resolve("out"));
    }

    private Stamps roundTrip() {
        Stamps.take(CONFIGURATION, List.of(a, b), Stamps.RACY_NANOS).write(store);
        return Stamps.read(store);
    }

    @Test
    void unchangedFilesAndConfigurationAreUpToDateAfterARoundTrip() {
        assertThat(roundTrip().upToDate(CONFIGURATION)).isTrue();
    }

    @Test
    void anotherConfigurationIsNot() {
        assertThat(roundTrip().upToDate(CONFIGURATION + "\noutput docs")).isFalse();
    }

    @Test
    void aChangedTimeOrSizeOrAMissingFileIsNot() throws Exception {
        Stamps stamps = roundTrip();
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertThat(stamps.upToDate(CONFIGURATION)).isFalse();

        stamps = roundTrip();
        long time = Files.getLastModifiedTime(b).toMillis();
        Files.writeString(b, "class B { int x; }");
        Files.setLastModifiedTime(b, FileTime.fromMillis(time));
        assertThat(stamps.upToDate(CONFIGURATION)).as("same time, other size").isFalse();

        stamps = roundTrip();
        Files.delete(a);
        assertThat(stamps.upToDate(CONFIGURATION)).isFalse();
    }

    @Test
    void aFileChangedJustBeforeTheStampsWereTakenIsNotTrusted() throws Exception {
        Files.writeString(a, "class A { }");
        assertThat(roundTrip().upToDate(CONFIGURATION)).isFalse();
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() - 500));
        assertThat(Stamps.take(CONFIGURATION, List.of(a, b), Stamps.RACY_NANOS).upToDate(CONFIGURATION))
                .as("half a second old")
                .isFalse();
        assertThat(Stamps.take(CONFIGURATION, List.of(a, b), 100_000_000L).upToDate(CONFIGURATION))
                .as("older than a 100 ms window")
                .isTrue();
    }

    @Test
    void unreadableOrIncompleteStampsMeanTheSlowCheck() throws Exception {
        Stamps.take(CONFIGURATION, List.of(a, dir.resolve("never-written.java")), Stamps.RACY_NANOS)
                .write(store);
        assertThat(store).as("a file that did not exist cannot be stamped").doesNotExist();
        assertThat(Stamps.read(store)).isNull();

        roundTrip();
        Files.writeString(store, Files.readString(store).replace("fluentcrm-stamps", "other-format"));
        assertThat(Stamps.read(store)).isNull();
        Files.writeString(store, "fluentcrm-stamps 3\n--\nnot a number " + a);
        assertThat(Stamps.read(store)).isNull();
    }
}
