package com.forecourt.readmodel.elasticsearch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuilt index goes live with the refresh interval its definition gives, not a hard-coded one. */
class VersionedIndexTest {

    @Test
    void canGiveARebuiltVehiclesIndexItsHalfSecondRefreshBack() {
        assertThat(new VersionedIndex("vehicles").liveRefreshInterval().time()).isEqualTo("500ms");
    }

    @Test
    void canFallBackToElasticsearchsDefaultForAnIndexWhoseDefinitionSetsNoInterval() {
        assertThat(new VersionedIndex("orders").liveRefreshInterval().time()).isEqualTo("1s");
    }
}
