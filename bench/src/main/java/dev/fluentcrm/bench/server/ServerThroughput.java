package dev.fluentcrm.bench.server;

import dev.fluentcrm.client.model.ListTagsParams;
import dev.fluentcrm.client.model.Tag;
import dev.fluentcrm.client.server.FluentCrmRouter;
import dev.fluentcrm.client.server.TagsService;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.FluentCrmHttpServer;
import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.testing.MockFluentCrm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Requests per second on loopback of the two servers the project ships, on the HTTP engine
 * before (the JDK's HttpServer, {@link JdkHttpServerHost}) and after (Jetty, in
 * {@link FluentCrmHttpServer}), in one run with the subjects alternating round by round:
 * <ul>
 *   <li>the mock: its pipeline ({@link MockPipeline}: routing, auth, validation, fixtures,
 *       recording) on both engines, and {@link MockFluentCrm} itself, answering
 *       {@code GET /subscribers};
 *   <li>a served implementation: {@link FluentCrmRouter} with a {@link TagsService} answering
 *       {@code GET /tags} from memory, on both engines.
 * </ul>
 * Each round sends a fixed number of requests from a few client threads with keep-alive and
 * counts them per second of wall time. The JDK engine's {@code sun.net.httpserver.nodelay} is set
 * on the bench's command line, as the old runtime set it.
 */
public final class ServerThroughput {
    private static final String AUTH = "Basic "
            + Base64.getEncoder()
                    .encodeToString(
                            (MockFluentCrm.USER + ":" + MockFluentCrm.PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** One subject on one engine: its name and how to start it (returning the site URL and a closer). */
    private record Subject(String name, String engine, Starter starter, String path) {}

    static final String JDK = "JDK HttpServer (before)";
    static final String JETTY = "Jetty 12 (after)";

    private interface Starter {
        Running start();
    }

    private record Running(String siteUrl, AutoCloseable closer) {}

    /** Requests per second of each subject and engine, every round. */
    public record Result(Map<String, List<Double>> perSecond, int requestsPerRound, int clients) {
        public double median(String key) {
            List<Double> sorted = new ArrayList<>(perSecond.get(key));
            sorted.sort(Double::compare);
            return sorted.get(sorted.size() / 2);
        }
    }

    private ServerThroughput() {}

    /** Measures {@code rounds} rounds (after one warm-up round) of {@code requests} requests each. */
    public static Result measure(int rounds, int requests, int clients) throws Exception {
        List<Subject> subjects = List.of(
                new Subject("mock pipeline: GET /subscribers", JDK, () -> mockPipelineOn(false), "/subscribers"),
                new Subject("mock pipeline: GET /subscribers", JETTY, () -> mockPipelineOn(true), "/subscribers"),
                new Subject("MockFluentCrm: GET /subscribers", JETTY, ServerThroughput::realMock, "/subscribers"),
                new Subject("served TagsService: GET /tags", JDK, () -> servedOn(false), "/tags"),
                new Subject("served TagsService: GET /tags", JETTY, () -> servedOn(true), "/tags"));
        Map<String, List<Double>> results = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (Subject subject : subjects) {
                double perSecond = round(subject, requests, clients);
                System.out.printf(
                        Locale.ROOT,
                        "  %s on %s, round %d: %.0f requests/s%s%n",
                        subject.name(),
                        subject.engine(),
                        round + 1,
                        perSecond,
                        round == 0 ? " (warm-up)" : "");
                if (round > 0) {
                    results.computeIfAbsent(subject.name() + " | " + subject.engine(), k -> new ArrayList<>())
                            .add(perSecond);
                }
            }
        }
        return new Result(results, requests, clients);
    }

    private static double round(Subject subject, int requests, int clients) throws Exception {
        Running running = subject.starter().start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try (AutoCloseable closer = running.closer()) {
            // The client's own threads are its default ones: the pool below only drives the callers.
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create(running.siteUrl() + Router.API_PREFIX + subject.path());
            int perClient = requests / clients;
            long started = System.nanoTime();
            List<Future<Integer>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < perClient; i++) {
                        HttpRequest request = HttpRequest.newBuilder(uri)
                                .header("Authorization", AUTH)
                                .build();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() / 100 != 2) {
                            throw new IOException(
                                    subject.name() + " answered " + response.statusCode() + ": " + response.body());
                        }
                        ok++;
                    }
                    return ok;
                }));
            }
            int done = 0;
            for (Future<Integer> future : work) {
                done += future.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return done / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The real mock, which always runs on the current engine (Jetty). */
    private static Running realMock() {
        MockFluentCrm mock = MockFluentCrm.start();
        return new Running(mock.siteUrl(), mock);
    }

    /** The mock's pipeline on either engine. */
    private static Running mockPipelineOn(boolean jetty) {
        Router router = MockPipeline.router();
        if (jetty) {
            FluentCrmHttpServer server = FluentCrmHttpServer.start(router);
            return new Running(server.siteUrl(), server);
        }
        JdkHttpServerHost host = JdkHttpServerHost.start(router);
        return new Running(host.siteUrl(), host);
    }

    private static Running servedOn(boolean jetty) {
        List<Tag> tags = IntStream.rangeClosed(1, 15)
                .mapToObj(i -> Tag.builder()
                        .id((long) i)
                        .title("Tag " + i)
                        .slug("tag-" + i)
                        .build())
                .toList();
        TagsService service = new TagsService() {
            @Override
            public Page<Tag> list(ListTagsParams params) {
                return Page.of(tags, tags.size(), 15, 1, 1);
            }
        };
        Router router = FluentCrmRouter.builder()
                .tags(service)
                .router()
                .authenticator(ApplicationPasswords.of(MockFluentCrm.USER, MockFluentCrm.PASSWORD))
                .build();
        if (jetty) {
            FluentCrmHttpServer server = FluentCrmHttpServer.start(router);
            return new Running(server.siteUrl(), server);
        }
        JdkHttpServerHost host = JdkHttpServerHost.start(router);
        return new Running(host.siteUrl(), host);
    }

    /** A reduced run of this section alone. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Result result = measure(rounds, requests, clients);
        result.perSecond()
                .keySet()
                .forEach(
                        key -> System.out.printf(Locale.ROOT, "%s: median %.0f requests/s%n", key, result.median(key)));
    }
}
