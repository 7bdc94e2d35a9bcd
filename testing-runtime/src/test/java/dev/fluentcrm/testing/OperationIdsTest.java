package dev.fluentcrm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationIdsTest {
    private final OperationIds ids = new OperationIds(List.of("listTags", "getTag", "createTag", "listContacts"));

    @Test
    void aKnownIdPassesAndAnUnknownOneNamesTheNearest() {
        assertThat(ids.check("getTag")).isEqualTo("getTag");
        assertThatThrownBy(() -> ids.check("listTag"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No operation 'listTag' in this mock's spec; did you mean listTags, getTag, createTag?");
    }

    @Test
    void distanceIgnoresCase() {
        assertThat(OperationIds.distance("listtags", "listTags")).isZero();
        assertThat(OperationIds.distance("listTag", "listTags")).isEqualTo(1);
        assertThat(OperationIds.distance("kitten", "sitting")).isEqualTo(3);
    }
}
