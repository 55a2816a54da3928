package com.forecourt.vehicle.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.common.input.Identifiers;
import com.forecourt.vehicle.api.PhotoFile;

import java.util.Set;

/**
 * The rules of a car's photos that need no state: what a referenced file must look like. The command side never sees
 * the bytes (they are in the photo store), so it checks that a reference is well-formed and plausible, not that the
 * file exists: the query side stores the files before it sends the command that refers to them.
 */
final class VehiclePhotoRules {

    /** The most photos one car may have. */
    static final int MAX_PHOTOS = 20;
    /** The media types of files a browser shows and the photo store may hold. */
    static final Set<String> CONTENT_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    /** The largest side, in pixels, of any photo file: far above what the upload makes, a bound on nonsense. */
    static final int MAX_SIDE = 20_000;

    private VehiclePhotoRules() {
    }

    /** The photo id, checked: 64 lowercase hexadecimal digits, or BAD_USER_INPUT. */
    static String photoId(String photoId) {
        return Identifiers.photoId("photoId", photoId);
    }

    /** Checks a file reference; {@code field} names it in the refusal. */
    static void checkFile(String field, PhotoFile file) {
        if (file == null) {
            throw refuse(field + " is required");
        }
        Identifiers.photoId(field + ".id", file.id());
        if (file.contentType() == null || !CONTENT_TYPES.contains(file.contentType())) {
            throw refuse(field + ".contentType must be image/jpeg, image/png or image/webp");
        }
        if (file.width() < 1 || file.width() > MAX_SIDE || file.height() < 1 || file.height() > MAX_SIDE) {
            throw refuse(field + ".width and .height must be from 1 to " + MAX_SIDE + " pixels");
        }
        if (file.sizeBytes() < 1) {
            throw refuse(field + ".sizeBytes must be positive");
        }
    }

    private static CommandRejectedException refuse(String message) {
        return new CommandRejectedException(ErrorCode.BAD_USER_INPUT, message);
    }
}
