package golden.outputs_testing;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.outputs_testing.model.FormSubmission;
import golden.outputs_testing.model.SubmitFormResponse;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Forms operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.forms()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class FormsApi {
    private final ApiExecutor executor;

    FormsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.forms().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public FormsApi withOptions(RequestOptions options) {
        return new FormsApi(executor.withOptions(options));
    }

    /**
     * Submit a public form.
     *
     * <p>Visitors call this without credentials.
     *
     * <p><code>POST /forms/{id}/submit</code>.
     *
     * @param id the {@code id} path parameter
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public SubmitFormResponse submit(Long id, FormSubmission body) {
        return submitWithResponse(id, body).value();
    }

    /**
     * Like {@link #submit}, with the status, headers and raw body of the answer.
     *
     * @see #submit
     */
    public ApiResponse<SubmitFormResponse> submitWithResponse(Long id, FormSubmission body) {
        return executor.execute(submitRequest(id, body), SubmitFormResponse.class);
    }

    /**
     * Like {@link #submit}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #submit
     */
    public CompletableFuture<SubmitFormResponse> submitAsync(Long id, FormSubmission body) {
        return executor.valueAsync(() -> submitRequest(id, body), SubmitFormResponse.class);
    }

    private ApiRequest submitRequest(Long id, FormSubmission body) {
        if (body == null) {
            throw new IllegalArgumentException("submitForm needs a request body");
        }
        return ApiRequest.builder("POST", "/forms/{id}/submit")
                .path("id", id)
                .formField("email", body.email())
                .filePart("attachment", body.attachment())
                .multipart()
                .build();
    }

    /**
     * formsHealth
     *
     * <p>{@code GET /forms/health}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void formsHealth() {
        formsHealthWithResponse();
    }

    /**
     * Like {@link #formsHealth}, with the status, headers and raw body of the answer.
     *
     * @see #formsHealth
     */
    public ApiResponse<Void> formsHealthWithResponse() {
        return executor.execute(formsHealthRequest());
    }

    /**
     * Like {@link #formsHealth}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #formsHealth
     */
    public CompletableFuture<Void> formsHealthAsync() {
        return executor.valueAsync(() -> formsHealthRequest());
    }

    private ApiRequest formsHealthRequest() {
        return ApiRequest.builder("GET", "/forms/health")
                .build();
    }
}
