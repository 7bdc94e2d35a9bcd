package golden.nullability;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.nullability.model.Profile;
import golden.nullability.model.ProfileUpdate;
import golden.nullability.model.TouchProfileRequest;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Profiles operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.profiles()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class ProfilesApi {
    private final ApiExecutor executor;

    ProfilesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.profiles().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public ProfilesApi withOptions(RequestOptions options) {
        return new ProfilesApi(executor.withOptions(options));
    }

    /**
     * getProfile
     *
     * <p><code>GET /profiles/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Profile get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Profile> getWithResponse(Long id) {
        return executor.execute(getRequest(id), Profile.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Profile> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), Profile.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/profiles/{id}")
                .path("id", id)
                .build();
    }

    /**
     * updateProfile
     *
     * <p><code>PUT /profiles/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @param body The new values.
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Profile update(Long id, ProfileUpdate body) {
        return updateWithResponse(id, body).value();
    }

    /**
     * Like {@link #update}, with the status, headers and raw body of the answer.
     *
     * @see #update
     */
    public ApiResponse<Profile> updateWithResponse(Long id, ProfileUpdate body) {
        return executor.execute(updateRequest(id, body), Profile.class);
    }

    /**
     * Like {@link #update}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #update
     */
    public CompletableFuture<Profile> updateAsync(Long id, ProfileUpdate body) {
        return executor.valueAsync(() -> updateRequest(id, body), Profile.class);
    }

    private ApiRequest updateRequest(Long id, ProfileUpdate body) {
        if (body == null) {
            throw new IllegalArgumentException("updateProfile needs a request body");
        }
        return ApiRequest.builder("PUT", "/profiles/{id}")
                .path("id", id)
                .body(body)
                .build();
    }

    /**
     * touchProfile
     *
     * <p><code>PATCH /profiles/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @param body the request body
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void touch(Long id, TouchProfileRequest body) {
        touchWithResponse(id, body);
    }

    /**
     * Like {@link #touch}, with the status, headers and raw body of the answer.
     *
     * @see #touch
     */
    public ApiResponse<Void> touchWithResponse(Long id, TouchProfileRequest body) {
        return executor.execute(touchRequest(id, body));
    }

    /**
     * Like {@link #touch}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #touch
     */
    public CompletableFuture<Void> touchAsync(Long id, TouchProfileRequest body) {
        return executor.valueAsync(() -> touchRequest(id, body));
    }

    private ApiRequest touchRequest(Long id, TouchProfileRequest body) {
        return ApiRequest.builder("PATCH", "/profiles/{id}")
                .path("id", id)
                .body(body)
                .build();
    }
}
