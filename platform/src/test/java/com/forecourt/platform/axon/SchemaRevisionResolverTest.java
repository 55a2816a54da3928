package com.forecourt.platform.axon;

import com.forecourt.common.DomainEvent;
import com.forecourt.common.SchemaRevision;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaRevisionResolverTest {

    record Unannotated(String id) implements DomainEvent {
    }

    @SchemaRevision(7)
    record Annotated(String id) implements DomainEvent {
    }

    @Revision("3.1")
    record SagaState(String id) {
    }

    private final SchemaRevisionResolver resolver = new SchemaRevisionResolver();

    @Test
    void anEventIsAtTheRevisionItDeclares() {
        assertThat(resolver.revisionOf(Annotated.class)).isEqualTo("7");
        assertThat(resolver.revisionOf(VehicleListed.class)).isEqualTo("2");
    }

    @Test
    void anEventWithoutARevisionIsRevision1() {
        assertThat(resolver.revisionOf(Unannotated.class)).isEqualTo("1");
    }

    @Test
    void everythingElseKeepsAxonsBehaviour() {
        assertThat(resolver.revisionOf(SagaState.class)).isEqualTo("3.1");
        assertThat(resolver.revisionOf(ListVehicle.class)).isNull();
        assertThat(resolver.revisionOf(String.class)).isNull();
    }
}
