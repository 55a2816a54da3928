package com.forecourt.vehicle.graphql;

import com.forecourt.common.input.Identifiers;
import com.forecourt.photo.web.PhotoUrls;
import com.forecourt.vehicle.api.MoveVehiclePhoto;
import com.forecourt.vehicle.api.RemoveVehiclePhoto;
import com.forecourt.vehicle.api.Vin;
import com.forecourt.vehicle.query.FindVehiclePhotos;
import com.forecourt.vehicle.query.FoundVehiclePhotos;
import com.forecourt.vehicle.query.PhotoView;
import com.forecourt.vehicle.query.VehiclePhotos;
import com.forecourt.vehicle.query.VehicleView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * A car's photos in GraphQL: {@code Vehicle.photos} and {@code coverPhoto} are batch-loaded from the vehicle-listing
 * read model in PostgreSQL, one query for all cars of a response, so cars served from the search index get them
 * too without the index holding them; staff remove and move photos. Uploads are HTTP ({@code com.forecourt.photo.web}).
 */
@Controller
class VehiclePhotoGraphqlController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final PhotoUrls urls;

    VehiclePhotoGraphqlController(QueryGateway queries, CommandGateway commands, PhotoUrls urls) {
        this.queries = queries;
        this.commands = commands;
        this.urls = urls;
    }

    /** One query for the galleries of every car in the response. */
    @BatchMapping(typeName = "Vehicle", field = "photos")
    Mono<Map<VehicleView, List<PhotoView>>> photos(List<VehicleView> vehicles) {
        return galleries(vehicles).map(galleries -> {
            Map<VehicleView, List<PhotoView>> photos = new HashMap<>();
            vehicles.forEach(vehicle -> photos.put(vehicle, galleries.getOrDefault(vehicle.vin(), List.of())));
            return photos;
        });
    }

    /** The same query for the covers; a car without photos is left out of the map, so its cover is null. */
    @BatchMapping(typeName = "Vehicle", field = "coverPhoto")
    Mono<Map<VehicleView, PhotoView>> coverPhoto(List<VehicleView> vehicles) {
        return galleries(vehicles).map(galleries -> {
            Map<VehicleView, PhotoView> covers = new HashMap<>();
            vehicles.forEach(vehicle -> {
                List<PhotoView> gallery = galleries.getOrDefault(vehicle.vin(), List.of());
                if (!gallery.isEmpty()) {
                    covers.put(vehicle, gallery.get(0));
                }
            });
            return covers;
        });
    }

    private Mono<Map<String, List<PhotoView>>> galleries(List<VehicleView> vehicles) {
        List<String> vins = List.copyOf(vehicles.stream().map(VehicleView::vin)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return Mono.fromFuture(() -> queries.query(new FindVehiclePhotos(vins),
                        ResponseTypes.instanceOf(FoundVehiclePhotos.class)))
                .map(found -> found.vehicles().stream()
                        .collect(Collectors.toMap(VehiclePhotos::vin, VehiclePhotos::photos, (a, b) -> a)));
    }

    @SchemaMapping(typeName = "Photo", field = "url")
    String url(PhotoView photo) {
        return urls.of(photo.id());
    }

    @SchemaMapping(typeName = "Photo", field = "thumbnailUrl")
    String thumbnailUrl(PhotoView photo) {
        return urls.of(photo.thumbnailId());
    }

    @MutationMapping
    CompletableFuture<String> removeVehiclePhoto(@Argument String vin, @Argument String photoId) {
        RemoveVehiclePhoto command = new RemoveVehiclePhoto(Vin.require(vin),
                Identifiers.photoId("photoId", photoId));
        return commands.send(command).thenApply(result -> command.vin());
    }

    @MutationMapping
    CompletableFuture<String> moveVehiclePhoto(@Argument String vin, @Argument String photoId, @Argument int position) {
        MoveVehiclePhoto command = new MoveVehiclePhoto(Vin.require(vin), Identifiers.photoId("photoId", photoId),
                position);
        return commands.send(command).thenApply(result -> command.vin());
    }
}
