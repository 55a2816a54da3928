package com.forecourt.order.projection.search;

import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuilt index goes live with the refresh interval its definition gives, not a hard-coded one. */
class OrderIndexDefinitionTest {

    @Test
    void canFallBackToElasticsearchsDefaultForAnIndexWhoseDefinitionSetsNoInterval() {
        assertThat(new VersionedIndex(OrderDocument.INDEX).liveRefreshInterval().time()).isEqualTo("1s");
    }
}
