package com.forecourt.vehicle.command;

import com.forecourt.common.ErrorCode;
import com.forecourt.platform.axon.TargetedCommandTargetResolver;
import com.forecourt.vehicle.api.AttachVehiclePhoto;
import com.forecourt.vehicle.api.MoveVehiclePhoto;
import com.forecourt.vehicle.api.PhotoFile;
import com.forecourt.vehicle.api.RemoveVehiclePhoto;
import com.forecourt.vehicle.api.VehiclePhotoAttached;
import com.forecourt.vehicle.api.VehiclePhotoMoved;
import com.forecourt.vehicle.api.VehiclePhotoRemoved;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static com.forecourt.testing.Rejections.rejectedWith;
import static com.forecourt.vehicle.command.Vehicles.AN_ORDER;
import static com.forecourt.vehicle.command.Vehicles.GOLF_VIN;
import static com.forecourt.vehicle.command.Vehicles.golfListed;
import static com.forecourt.vehicle.command.Vehicles.golfReservedHistory;
import static com.forecourt.vehicle.command.Vehicles.golfSoldHistory;
import static com.forecourt.vehicle.command.Vehicles.golfWithdrawn;

/** The gallery of a car: attaching, removing and moving photos, with the Axon aggregate fixture. */
class VehiclePhotosTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");
    private static final Instant EARLIER = NOW.minusSeconds(3_600);

    private AggregateTestFixture<Vehicle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vehicle.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerCommandTargetResolver(new TargetedCommandTargetResolver());
    }

    @Test
    void canAttachAPhotoToACarOnSale() {
        fixture.given(golfListed(EARLIER))
                .when(attach(1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(attached(1, NOW));
    }

    @Test
    void canAttachAPhotoToAReservedCar() {
        fixture.given(golfReservedHistory(AN_ORDER, EARLIER))
                .when(attach(1))
                .expectEvents(attached(1, NOW));
    }

    @Test
    void canAttachTheSamePhotoTwiceWithoutASecondEvent() {
        fixture.given(golfListed(EARLIER), attached(1, EARLIER))
                .when(attach(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canAttachAPhotoThatWasRemovedBefore() {
        fixture.given(golfListed(EARLIER), attached(1, EARLIER), new VehiclePhotoRemoved(GOLF_VIN, id(1), EARLIER))
                .when(attach(1))
                .expectEvents(attached(1, NOW));
    }

    @Test
    void cannotAttachATwentyFirstPhoto() {
        fixture.given(withPhotos(20))
                .when(attach(21))
                .expectException(rejectedWith(ErrorCode.TOO_MANY_PHOTOS))
                .expectNoEvents();
    }

    @Test
    void canAttachTheSamePhotoAgainWhenTheGalleryIsFull() {
        fixture.given(withPhotos(20))
                .when(attach(20))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotAttachAPhotoToASoldCar() {
        fixture.given(golfSoldHistory(AN_ORDER, EARLIER))
                .when(attach(1))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_ON_SALE))
                .expectNoEvents();
    }

    @Test
    void cannotAttachAPhotoToAWithdrawnCar() {
        fixture.given(golfListed(EARLIER), golfWithdrawn(EARLIER))
                .when(attach(1))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_ON_SALE))
                .expectNoEvents();
    }

    @Test
    void cannotAttachAPhotoToACarThatWasNeverListed() {
        fixture.givenNoPriorActivity()
                .when(attach(1))
                // the command bus answers VEHICLE_NOT_FOUND for it (@TargetNotFound on VehicleCommand)
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotAttachAPhotoWhoseIdIsNotASha256() {
        PhotoFile malformed = new PhotoFile("../" + id(1).substring(3), "image/jpeg", 2048, 1536, 400_000);
        fixture.given(golfListed(EARLIER))
                .when(new AttachVehiclePhoto(GOLF_VIN, malformed, thumbnail(1)))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotAttachAPhotoOfATypeBrowsersDoNotShow() {
        PhotoFile tiff = new PhotoFile(id(1), "image/tiff", 2048, 1536, 400_000);
        fixture.given(golfListed(EARLIER))
                .when(new AttachVehiclePhoto(GOLF_VIN, tiff, thumbnail(1)))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotAttachAPhotoWithoutAThumbnail() {
        fixture.given(golfListed(EARLIER))
                .when(new AttachVehiclePhoto(GOLF_VIN, photo(1), null))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canRemoveAPhoto() {
        fixture.given(golfListed(EARLIER), attached(1, EARLIER))
                .when(new RemoveVehiclePhoto(GOLF_VIN, id(1)))
                .expectEvents(new VehiclePhotoRemoved(GOLF_VIN, id(1), NOW));
    }

    @Test
    void canRemoveAPhotoOfASoldCar() {
        List<Object> history = new ArrayList<>(List.of(golfListed(EARLIER), attached(1, EARLIER)));
        history.addAll(golfSoldHistory(AN_ORDER, EARLIER).subList(1, 3));
        fixture.given(history)
                .when(new RemoveVehiclePhoto(GOLF_VIN, id(1)))
                .expectEvents(new VehiclePhotoRemoved(GOLF_VIN, id(1), NOW));
    }

    @Test
    void canRemoveAPhotoTheCarDoesNotHaveWithoutAnEvent() {
        fixture.given(golfListed(EARLIER), attached(1, EARLIER))
                .when(new RemoveVehiclePhoto(GOLF_VIN, id(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRemoveAPhotoByAMalformedId() {
        fixture.given(golfListed(EARLIER), attached(0xabc, EARLIER))
                .when(new RemoveVehiclePhoto(GOLF_VIN, id(0xabc).toUpperCase()))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canMakeAPhotoTheCover() {
        fixture.given(withPhotos(3))
                .when(new MoveVehiclePhoto(GOLF_VIN, id(3), 0))
                .expectEvents(new VehiclePhotoMoved(GOLF_VIN, id(3), 0, NOW));
    }

    @Test
    void canMoveAPhotoToWhereItIsWithoutAnEvent() {
        fixture.given(withPhotos(3))
                .when(new MoveVehiclePhoto(GOLF_VIN, id(2), 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canMoveAPhotoAfterTheGalleryWasReordered() {
        List<Object> history = new ArrayList<>(withPhotos(3));
        history.add(new VehiclePhotoMoved(GOLF_VIN, id(3), 0, EARLIER)); // 3, 1, 2
        fixture.given(history)
                .when(new MoveVehiclePhoto(GOLF_VIN, id(3), 2))
                .expectEvents(new VehiclePhotoMoved(GOLF_VIN, id(3), 2, NOW));
    }

    @Test
    void cannotMoveAPhotoBeyondTheEndOfTheGallery() {
        fixture.given(withPhotos(3))
                .when(new MoveVehiclePhoto(GOLF_VIN, id(1), 3))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotMoveAPhotoTheCarDoesNotHave() {
        fixture.given(withPhotos(3))
                .when(new MoveVehiclePhoto(GOLF_VIN, id(4), 0))
                .expectException(rejectedWith(ErrorCode.PHOTO_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotMoveAPhotoOfAWithdrawnCar() {
        List<Object> history = new ArrayList<>(withPhotos(2));
        history.add(golfWithdrawn(EARLIER));
        fixture.given(history)
                .when(new MoveVehiclePhoto(GOLF_VIN, id(2), 0))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_ON_SALE))
                .expectNoEvents();
    }

    /** A Golf with photos 1 to {@code count}, in that order. */
    private static List<Object> withPhotos(int count) {
        List<Object> history = new ArrayList<>(List.of(golfListed(EARLIER)));
        for (int n = 1; n <= count; n++) {
            history.add(attached(n, EARLIER));
        }
        return history;
    }

    private static AttachVehiclePhoto attach(int n) {
        return new AttachVehiclePhoto(GOLF_VIN, photo(n), thumbnail(n));
    }

    private static VehiclePhotoAttached attached(int n, Instant at) {
        return new VehiclePhotoAttached(GOLF_VIN, photo(n), thumbnail(n), at);
    }

    private static PhotoFile photo(int n) {
        return new PhotoFile(id(n), "image/jpeg", 2048, 1536, 400_000 + n);
    }

    private static PhotoFile thumbnail(int n) {
        return new PhotoFile(id(1000 + n), "image/jpeg", 320, 240, 20_000 + n);
    }

    /** A well-formed photo id, different for each n. */
    private static String id(int n) {
        return HexFormat.of().formatHex(new byte[28]) + String.format("%08x", n);
    }
}
