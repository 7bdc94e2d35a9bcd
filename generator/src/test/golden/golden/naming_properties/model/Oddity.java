package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Every JSON key PHP allows and plain Java does not.
 *
 * @param forceUpdate A PHP "private" flag.
 * @param tags the {@code tags[]} property
 * @param twoFa the {@code 2fa} property
 * @param class_ the {@code class} property
 * @param default_ the {@code default} property
 * @param firstName the {@code first_name} property
 * @param firstName2 the {@code firstName} property
 * @param firstName3 the {@code FirstName} property
 * @param builder_ the {@code builder} property
 * @param toBuilder_ the {@code toBuilder} property
 * @param hashCode_ the {@code hashCode} property
 * @param getClass_ the {@code getClass} property
 * @param value the {@code $} property
 * @param value2 the {@code value} property
 * @param queryStatus the {@code query[status]} property
 * @param htmlBody the {@code HTMLBody} property
 * @param xYZ the {@code x-y-z} property
 * @param oneSt the {@code 1st} property
 * @param über the {@code über} property
 * @param links the {@code _links} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Oddity(@JsonProperty("__force_update") Boolean forceUpdate,
        @JsonProperty("tags[]") List<Long> tags, @JsonProperty("2fa") Boolean twoFa,
        @JsonProperty("class") String class_, @JsonProperty("default") String default_,
        @JsonProperty("first_name") String firstName, @JsonProperty("firstName") String firstName2,
        @JsonProperty("FirstName") String firstName3, @JsonProperty("builder") String builder_,
        @JsonProperty("toBuilder") String toBuilder_, @JsonProperty("hashCode") Long hashCode_,
        @JsonProperty("getClass") String getClass_, @JsonProperty("$") String value,
        @JsonProperty("value") String value2, @JsonProperty("query[status]") String queryStatus,
        @JsonProperty("HTMLBody") String htmlBody, @JsonProperty("x-y-z") String xYZ,
        @JsonProperty("1st") String oneSt, @JsonProperty("über") String über,
        @JsonProperty("_links") OddityLinks links,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Oddity {
        tags = Immutable.list(tags);
        additionalProperties = Immutable.extras(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this record's values.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Oddity}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Boolean forceUpdate;

        private List<Long> tags;

        private Boolean twoFa;

        private String class_;

        private String default_;

        private String firstName;

        private String firstName2;

        private String firstName3;

        private String builder_;

        private String toBuilder_;

        private Long hashCode_;

        private String getClass_;

        private String value;

        private String value2;

        private String queryStatus;

        private String htmlBody;

        private String xYZ;

        private String oneSt;

        private String über;

        private OddityLinks links;

        private Builder() {
        }

        private Builder(Oddity source) {
            super(source.additionalProperties);
            this.forceUpdate = source.forceUpdate;
            this.tags = source.tags;
            this.twoFa = source.twoFa;
            this.class_ = source.class_;
            this.default_ = source.default_;
            this.firstName = source.firstName;
            this.firstName2 = source.firstName2;
            this.firstName3 = source.firstName3;
            this.builder_ = source.builder_;
            this.toBuilder_ = source.toBuilder_;
            this.hashCode_ = source.hashCode_;
            this.getClass_ = source.getClass_;
            this.value = source.value;
            this.value2 = source.value2;
            this.queryStatus = source.queryStatus;
            this.htmlBody = source.htmlBody;
            this.xYZ = source.xYZ;
            this.oneSt = source.oneSt;
            this.über = source.über;
            this.links = source.links;
        }

        public Builder forceUpdate(Boolean forceUpdate) {
            this.forceUpdate = forceUpdate;
            return this;
        }

        public Builder tags(List<Long> tags) {
            this.tags = tags;
            return this;
        }

        public Builder twoFa(Boolean twoFa) {
            this.twoFa = twoFa;
            return this;
        }

        public Builder class_(String class_) {
            this.class_ = class_;
            return this;
        }

        public Builder default_(String default_) {
            this.default_ = default_;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder firstName2(String firstName2) {
            this.firstName2 = firstName2;
            return this;
        }

        public Builder firstName3(String firstName3) {
            this.firstName3 = firstName3;
            return this;
        }

        public Builder builder_(String builder_) {
            this.builder_ = builder_;
            return this;
        }

        public Builder toBuilder_(String toBuilder_) {
            this.toBuilder_ = toBuilder_;
            return this;
        }

        public Builder hashCode_(Long hashCode_) {
            this.hashCode_ = hashCode_;
            return this;
        }

        public Builder getClass_(String getClass_) {
            this.getClass_ = getClass_;
            return this;
        }

        public Builder value(String value) {
            this.value = value;
            return this;
        }

        public Builder value2(String value2) {
            this.value2 = value2;
            return this;
        }

        public Builder queryStatus(String queryStatus) {
            this.queryStatus = queryStatus;
            return this;
        }

        public Builder htmlBody(String htmlBody) {
            this.htmlBody = htmlBody;
            return this;
        }

        public Builder xYZ(String xYZ) {
            this.xYZ = xYZ;
            return this;
        }

        public Builder oneSt(String oneSt) {
            this.oneSt = oneSt;
            return this;
        }

        public Builder über(String über) {
            this.über = über;
            return this;
        }

        public Builder links(OddityLinks links) {
            this.links = links;
            return this;
        }

        public Oddity build() {
            return new Oddity(forceUpdate, tags, twoFa, class_, default_, firstName, firstName2,
                    firstName3, builder_, toBuilder_, hashCode_, getClass_, value, value2,
                    queryStatus, htmlBody, xYZ, oneSt, über, links, additionalProperties());
        }
    }
}
