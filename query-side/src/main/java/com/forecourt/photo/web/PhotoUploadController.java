package com.forecourt.photo.web;

import com.forecourt.photo.image.PhotoRenderer;
import com.forecourt.photo.image.RenderedPhoto;
import com.forecourt.photo.image.EncodedImage;
import com.forecourt.photo.store.PhotoProperties;
import com.forecourt.photo.store.PhotoStore;
import com.forecourt.vehicle.api.AttachVehiclePhoto;
import com.forecourt.vehicle.api.PhotoFile;
import com.forecourt.vehicle.api.Vin;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /vehicles/{vin}/photos}: STAFF or ADMIN (the security rules) attach a photo to a car, sent as the
 * multipart part {@code photo}. The upload is checked by its content and rendered ({@link PhotoRenderer}), both files
 * are stored, and only then is {@link AttachVehiclePhoto} sent with their references, so an event never names a file
 * the store lacks. The answer is 201 with the photo's {@code Location} and its fields ({@link UploadedPhoto}), also
 * when the car already had the photo: an upload is safe to retry. Refusals are JSON errors with stable codes
 * ({@link PhotoErrors}).
 */
@RestController
class PhotoUploadController {

    /** How long an upload waits for a free rendering slot before it is refused as busy. */
    private static final long SLOT_WAIT_SECONDS = 30;
    /** How long the command side may take to accept the photo. */
    private static final long COMMAND_TIMEOUT_SECONDS = 30;

    private final PhotoRenderer renderer;
    private final PhotoStore store;
    private final CommandGateway commands;
    private final PhotoUrls urls;
    private final Semaphore renderingSlots;

    PhotoUploadController(PhotoRenderer renderer, PhotoStore store, CommandGateway commands, PhotoUrls urls,
                          PhotoProperties properties) {
        this.renderer = renderer;
        this.store = store;
        this.commands = commands;
        this.urls = urls;
        this.renderingSlots = new Semaphore(properties.maxConcurrentUploads(), true);
    }

    @PostMapping(PhotoPaths.UPLOAD)
    ResponseEntity<UploadedPhoto> upload(@PathVariable String vin, @RequestPart("photo") MultipartFile photo)
            throws InterruptedException, ExecutionException, TimeoutException {
        String car = Vin.require(vin);
        RenderedPhoto rendered = renderAndStore(bytes(photo));
        AttachVehiclePhoto command = new AttachVehiclePhoto(car, reference(rendered.photo()),
                reference(rendered.thumbnail()));
        commands.send(command).get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        EncodedImage file = rendered.photo();
        EncodedImage thumbnail = rendered.thumbnail();
        UploadedPhoto answer = new UploadedPhoto(car, new UploadedPhoto.Photo(file.id(), urls.of(file.id()),
                file.contentType(), file.width(), file.height(), file.sizeBytes(), urls.of(thumbnail.id()),
                thumbnail.width(), thumbnail.height()));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(urls.of(file.id()))).body(answer);
    }

    /** Renders in one of a few slots (each needs up to about 100 MB of heap), then stores both files. */
    private RenderedPhoto renderAndStore(byte[] upload) throws InterruptedException {
        if (!renderingSlots.tryAcquire(SLOT_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new UploadsBusyException();
        }
        try {
            RenderedPhoto rendered = renderer.render(upload);
            store.put(rendered.photo());
            store.put(rendered.thumbnail());
            return rendered;
        } finally {
            renderingSlots.release();
        }
    }

    private static byte[] bytes(MultipartFile photo) {
        try {
            return photo.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    private static PhotoFile reference(EncodedImage image) {
        return new PhotoFile(image.id(), image.contentType(), image.width(), image.height(), image.sizeBytes());
    }

    /** Every rendering slot stayed taken for the whole wait. */
    static final class UploadsBusyException extends RuntimeException {
        UploadsBusyException() {
            super("Too many photos are being processed; try again shortly", null, false, false);
        }
    }
}
