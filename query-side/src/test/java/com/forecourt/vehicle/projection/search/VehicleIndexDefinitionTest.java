package com.forecourt.vehicle.projection.search;

import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuilt index goes live with the refresh interval its definition gives, not a hard-coded one. */
class VehicleIndexDefinitionTest {

    @Test
    void canGiveARebuiltVehiclesIndexItsHalfSecondRefreshBack() {
        assertThat(new VersionedIndex(VehicleDocument.INDEX).liveRefreshInterval().time()).isEqualTo("500ms");
    }
}
