package golden.overlays_only;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.outputs_testing.model.FormSubmission;
import golden.overlays_only.model.LoyaltyPoints;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Loyalty operations of FluentCRM: loyalty points a site plugin keeps per contact.
 *
 * <p>Get it from {@code crm.extension(LoyaltyApi::new)}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class LoyaltyApi {
    private final ApiExecutor executor;

    /**
     * This module on {@code executor}: the one {@code FluentCrmClient.extension(...)} hands over.
     */
    public LoyaltyApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.extension(LoyaltyApi::new).withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public LoyaltyApi withOptions(RequestOptions options) {
        return new LoyaltyApi(executor.withOptions(options));
    }

    /**
     * Get a contact's points.
     *
     * <p><code>GET /loyalty/{id}/points</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public LoyaltyPoints getPoints(Long id) {
        return getPointsWithResponse(id).value();
    }

    /**
     * Like {@link #getPoints}, with the status, headers and raw body of the answer.
     *
     * @see #getPoints
     */
    public ApiResponse<LoyaltyPoints> getPointsWithResponse(Long id) {
        return executor.execute(getPointsRequest(id), LoyaltyPoints.class);
    }

    /**
     * Like {@link #getPoints}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getPoints
     */
    public CompletableFuture<LoyaltyPoints> getPointsAsync(Long id) {
        return executor.valueAsync(() -> getPointsRequest(id), LoyaltyPoints.class);
    }

    private ApiRequest getPointsRequest(Long id) {
        return ApiRequest.builder("GET", "/loyalty/{id}/points")
                .path("id", id)
                .build();
    }

    /**
     * Add points for a form submission.
     *
     * <p><code>POST /loyalty/{id}/points</code>.
     *
     * @param id the {@code id} path parameter
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public FormSubmission addPoints(Long id, FormSubmission body) {
        return addPointsWithResponse(id, body).value();
    }

    /**
     * Like {@link #addPoints}, with the status, headers and raw body of the answer.
     *
     * @see #addPoints
     */
    public ApiResponse<FormSubmission> addPointsWithResponse(Long id, FormSubmission body) {
        return executor.execute(addPointsRequest(id, body), FormSubmission.class);
    }

    /**
     * Like {@link #addPoints}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #addPoints
     */
    public CompletableFuture<FormSubmission> addPointsAsync(Long id, FormSubmission body) {
        return executor.valueAsync(() -> addPointsRequest(id, body), FormSubmission.class);
    }

    private ApiRequest addPointsRequest(Long id, FormSubmission body) {
        if (body == null) {
            throw new IllegalArgumentException("addLoyaltyPoints needs a request body");
        }
        return ApiRequest.builder("POST", "/loyalty/{id}/points")
                .path("id", id)
                .body(body)
                .build();
    }
}
