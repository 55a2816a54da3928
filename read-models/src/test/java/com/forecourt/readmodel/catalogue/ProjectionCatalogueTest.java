package com.forecourt.readmodel.catalogue;

import com.forecourt.readmodel.DocumentKey;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A processor is a projection by its handlers' declarations alone, wherever their classes live. */
class ProjectionCatalogueTest {

    @ReadModel(processingGroup = "garage-listing", store = Store.POSTGRESQL, tables = {"garage", "garage_opening"})
    static class GarageProjector {
    }

    @ReadModel(processingGroup = "garage-listing", store = Store.POSTGRESQL, tables = "garage_rating")
    static class GarageRatingProjector {
    }

    @ReadModel(processingGroup = "garage-search", store = Store.ELASTICSEARCH, indices = "garages",
            documentKey = DocumentKey.AGGREGATE_IDENTIFIER)
    static class GarageSearchProjector {
    }

    @ReadModel(processingGroup = "garage-listing", store = Store.ELASTICSEARCH, indices = "garages")
    static class GarageIndexProjector {
    }

    @ProcessingGroup("garage-listing")
    static class UndeclaredProjector {
    }

    @Test
    void canDescribeAProcessorWhoseHandlersAreDeclaredUnderItsName() {
        Optional<ProjectionDescriptor> described = ProjectionCatalogue.describe("garage-listing",
                List.of(GarageProjector.class, GarageRatingProjector.class));

        assertThat(described).contains(new ProjectionDescriptor("garage-listing", Store.POSTGRESQL,
                List.of("garage", "garage_opening", "garage_rating"), List.of()));
    }

    @Test
    void canDescribeAnElasticsearchProjectionWithItsIndices() {
        Optional<ProjectionDescriptor> described = ProjectionCatalogue.describe("garage-search",
                List.of(GarageSearchProjector.class));

        assertThat(described).contains(new ProjectionDescriptor("garage-search", Store.ELASTICSEARCH, List.of(),
                List.of("garages")));
    }

    @Test
    void cannotTakeAProcessorWithAnUndeclaredHandlerForAProjection() {
        assertThat(ProjectionCatalogue.describe("garage-listing",
                List.of(GarageProjector.class, UndeclaredProjector.class))).isEmpty();
    }

    @Test
    void cannotTakeAHandlerDeclaredUnderAnotherNameForPartOfAProjection() {
        assertThat(ProjectionCatalogue.describe("garage-listing", List.of(GarageSearchProjector.class))).isEmpty();
    }

    @Test
    void cannotMixStoresInOneProjection() {
        assertThat(ProjectionCatalogue.describe("garage-listing",
                List.of(GarageProjector.class, GarageIndexProjector.class))).isEmpty();
    }

    @Test
    void cannotDescribeAProcessorWithoutHandlers() {
        assertThat(ProjectionCatalogue.describe("garage-listing", List.of())).isEmpty();
    }

    @Test
    void canNameTheProcessingGroupThroughTheDeclaration() {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(GarageSearchProjector.class,
                ProcessingGroup.class);

        assertThat(group).isNotNull();
        assertThat(group.value()).isEqualTo("garage-search");
    }
}
