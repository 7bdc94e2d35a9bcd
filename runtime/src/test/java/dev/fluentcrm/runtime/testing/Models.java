package dev.fluentcrm.runtime.testing;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Small records shaped like the generated models. */
public final class Models {
    private Models() {}

    public record Tag(
            @JsonProperty("id") Long id,
            @JsonProperty("title") String title,
            @JsonProperty("slug") String slug,
            @JsonProperty("description") String description,
            @JsonProperty("subscribersCount") Integer subscribersCount,
            @JsonProperty("created_at") LocalDateTime createdAt,
            @JsonProperty("pivot") Pivot pivot,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    public record Pivot(
            @JsonProperty("subscriber_id") Long subscriberId,
            @JsonProperty("object_id") Long objectId,
            @JsonProperty("object_type") String objectType,
            @JsonProperty("created_at") LocalDateTime createdAt,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    public record MailingList(
            @JsonProperty("id") Long id,
            @JsonProperty("title") String title,
            @JsonProperty("is_public") Boolean isPublic,
            @JsonProperty("created_at") LocalDateTime createdAt,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    public record CompanyMeta(
            @JsonProperty("custom_values") Map<String, Object> customValues,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    public record Company(
            @JsonProperty("id") Long id,
            @JsonProperty("name") String name,
            @JsonProperty("employees_number") Integer employeesNumber,
            @JsonProperty("meta") CompanyMeta meta,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    public record Contact(
            @JsonProperty("id") Long id,
            @JsonProperty("user_id") Long userId,
            @JsonProperty("company_id") Long companyId,
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            @JsonProperty("email") String email,
            @JsonProperty("status") ContactStatus status,
            @JsonProperty("total_points") Integer totalPoints,
            @JsonProperty("life_time_value") BigDecimal lifeTimeValue,
            @JsonProperty("date_of_birth") LocalDate dateOfBirth,
            @JsonProperty("created_at") LocalDateTime createdAt,
            @JsonProperty("last_activity") LocalDateTime lastActivity,
            @JsonProperty("tags") List<Tag> tags,
            @JsonProperty("lists") List<MailingList> lists,
            @JsonProperty("company") Company company,
            @JsonProperty("companies") List<Company> companies,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    public record WpUser(
            @JsonProperty("ID") Long id,
            @JsonProperty("display_name") String displayName,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    /** An open enumeration as the generator writes one. */
    public static final class ContactStatus extends OpenEnum {
        public static final ContactStatus SUBSCRIBED = new ContactStatus("subscribed", true);
        public static final ContactStatus PENDING = new ContactStatus("pending", true);
        public static final ContactStatus UNSUBSCRIBED = new ContactStatus("unsubscribed", true);
        private static final Map<String, ContactStatus> KNOWN = index(SUBSCRIBED, PENDING, UNSUBSCRIBED);

        private ContactStatus(String value, boolean known) {
            super(value, known);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static ContactStatus of(String value) {
            ContactStatus known = KNOWN.get(value);
            return known != null ? known : new ContactStatus(value, false);
        }
    }
}
