package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs {@code verify-live}: the route index against the spec, every read-only operation the site
 * registers, and with {@link Options#writeScenario()} the write round trips and typed errors.
 */
public final class LiveVerifier {
    private final LiveSpec spec;
    private final Supplier<ModelClasses> classes;

    /**
     * @param site the WordPress address
     * @param admin a user with FluentCRM's rights and its Application Password
     * @param noRights a user without FluentCRM rights, for the 403 check ({@code null}: not checked)
     * @param release the site's release as {@code x-fluentcrm-availability} names it ({@code null}: detect it)
     * @param writeScenario whether to create, change and delete records
     * @param timeout how long one call may take
     */
    public record Options(
            String site,
            Credentials admin,
            Credentials noRights,
            String release,
            boolean writeScenario,
            Duration timeout) {}

    /**
     * @param classes the generated model classes, asked for only once the site has answered (compiling
     *     them takes a while, which a site that is down should not cost); {@code null} inside: no decoding
     */
    public LiveVerifier(LiveSpec spec, Supplier<ModelClasses> classes) {
        this.spec = spec;
        this.classes = classes;
    }

    /**
     * @throws SiteClient.SiteUnreachableException when the site does not answer at all
     * @throws IllegalStateException when the site has no FluentCRM route index
     */
    public Report run(Options options) {
        ObjectMapper json = new ObjectMapper();
        SiteClient client = new SiteClient(options.site(), options.timeout());
        RouteIndex index = RouteIndex.fetch(client, options.admin(), json);
        String release =
                options.release() != null ? options.release() : SiteRelease.detect(client, options.admin(), json);
        RouteComparison routes = new RouteComparison(spec, index, release, client.apiRoot());
        List<Finding> findings = new ArrayList<>(routes.findings());
        ModelClasses types = classes.get();
        AnswerChecker checker = new AnswerChecker(spec, types == null ? null : new TypedDecoder(types));
        ReadCalls.Result reads = new ReadCalls(spec, client, options.admin(), checker, routes).run();
        findings.addAll(reads.findings());
        int called = reads.called();
        if (options.writeScenario()) {
            WriteScenario.Result writes =
                    new WriteScenario(spec, client, options.admin(), options.noRights(), checker, routes).run();
            findings.addAll(writes.findings());
            called += writes.called();
        }
        return new Report(
                client.apiRoot(),
                release,
                index.routes().size(),
                spec.operations().size(),
                called,
                types == null ? "nowhere (not decoded)" : types.origin(),
                findings);
    }
}
