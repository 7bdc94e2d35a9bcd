package dev.fluentcrm.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.testing.MockFluentCrm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writers racing against the stateful mock (fixed seed): each creates, updates, tags and deletes
 * contacts of its own, and all of them fight over one shared email. At the end the mock must hold
 * exactly what the writers believe they left, every record must read back as written, and no
 * answer on the way may be a 5xx or a non-JSON error.
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 16;
    private static final int STEPS = 40;

    /** What a writer believes one of its contacts holds. */
    private record Expected(String firstName, Set<Long> tags) {}

    @Test
    void concurrentWritesLeaveExactlyWhatWasWritten() throws Exception {
        try (MockFluentCrm mock = MockFluentCrm.startStateful()) {
            List<Long> tagIds = new ArrayList<>();
            for (String title : List.of("Red", "Green", "Blue")) {
                Wire.Answer tag = call(mock, "POST", "/tags", "{\"title\":\"" + title + "\"}");
                tagIds.add(tag.json().path("lists").path("id").asLong());
            }
            Map<Long, Expected> expected = new ConcurrentHashMap<>();
            List<String> problems = new CopyOnWriteArrayList<>();
            List<Long> sharedWinners = new CopyOnWriteArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    go.await();
                    write(mock, writer, tagIds, expected, sharedWinners, problems);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(problems).isEmpty();
            assertThat(sharedWinners)
                    .as("creations of the one shared email that succeeded")
                    .hasSize(1);
            expected.put(sharedWinners.get(0), new Expected("Shared", Set.of()));

            Wire.Answer list = call(mock, "GET", "/subscribers?per_page=1000", null);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            Map<Long, JsonNode> listed = new TreeMap<>();
            list.json()
                    .path("subscribers")
                    .path("data")
                    .forEach(c -> listed.put(c.path("id").asLong(), c));
            assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            for (Map.Entry<Long, Expected> entry : expected.entrySet()) {
                Wire.Answer read = call(mock, "GET", "/subscribers/" + entry.getKey(), null);
                assertThat(read.status()).as(read.toString()).isEqualTo(200);
                JsonNode contact = read.json().path("subscriber");
                assertThat(contact.path("first_name").asText())
                        .isEqualTo(entry.getValue().firstName());
                Set<Long> tags = new TreeSet<>();
                contact.path("tags").forEach(t -> tags.add(t.path("id").asLong()));
                assertThat(tags)
                        .as("tags of " + entry.getKey())
                        .isEqualTo(entry.getValue().tags());
            }
        }
    }

    private static void write(
            MockFluentCrm mock,
            int writer,
            List<Long> tagIds,
            Map<Long, Expected> expected,
            List<Long> sharedWinners,
            List<String> problems)
            throws IOException {
        Random random = new Random(20261206L + writer);
        Map<Long, Expected> mine = new HashMap<>();
        Wire.Answer shared = check(
                problems,
                call(
                        mock,
                        "POST",
                        "/subscribers",
                        "{\"status\":\"subscribed\",\"email\":\"shared@example.com\",\"first_name\":\"Shared\"}"));
        if (shared != null && shared.status() == 200) {
            sharedWinners.add(shared.json().path("contact").path("id").asLong());
        } else if (shared != null && shared.status() != 422) {
            problems.add("the shared email answered " + shared);
        }
        for (int step = 0; step < STEPS; step++) {
            int action = mine.isEmpty() ? 0 : random.nextInt(4);
            if (action == 0) {
                String name = "W" + writer + "S" + step;
                Wire.Answer created = check(
                        problems,
                        call(
                                mock,
                                "POST",
                                "/subscribers",
                                "{\"status\":\"subscribed\",\"email\":\"" + name.toLowerCase()
                                        + "@example.com\",\"first_name\":\"" + name + "\"}"));
                if (created != null && created.status() == 200) {
                    mine.put(created.json().path("contact").path("id").asLong(), new Expected(name, Set.of()));
                } else if (created != null) {
                    problems.add("creating " + name + " answered " + created);
                }
                continue;
            }
            Long id = new ArrayList<>(mine.keySet()).get(random.nextInt(mine.size()));
            Expected now = mine.get(id);
            if (action == 1) {
                String name = "Renamed" + writer + "x" + step;
                expectOk(
                        problems,
                        call(mock, "PUT", "/subscribers/" + id, "{\"subscriber\":{\"first_name\":\"" + name + "\"}}"));
                mine.put(id, new Expected(name, now.tags()));
            } else if (action == 2) {
                long tag = tagIds.get(random.nextInt(tagIds.size()));
                boolean attach = random.nextBoolean();
                expectOk(
                        problems,
                        call(
                                mock,
                                "PUT",
                                "/subscribers/" + id,
                                "{\"subscriber\":{\"" + (attach ? "attach_tags" : "detach_tags") + "\":[" + tag
                                        + "]}}"));
                Set<Long> tags = new TreeSet<>(now.tags());
                if (attach) {
                    tags.add(tag);
                } else {
                    tags.remove(tag);
                }
                mine.put(id, new Expected(now.firstName(), tags));
            } else {
                expectOk(problems, call(mock, "DELETE", "/subscribers/" + id, null));
                mine.remove(id);
            }
        }
        expected.putAll(mine);
    }

    private static void expectOk(List<String> problems, Wire.Answer answer) {
        if (check(problems, answer) != null && answer.status() != 200) {
            problems.add("expected 200: " + answer);
        }
    }

    private static Wire.Answer check(List<String> problems, Wire.Answer answer) {
        String problem = Verdict.problem(answer, true, true);
        if (problem != null) {
            problems.add(problem);
            return null;
        }
        return answer;
    }

    private static Wire.Answer call(MockFluentCrm mock, String method, String target, String json) throws IOException {
        return Wire.call(mock.port(), method, target, json);
    }
}
