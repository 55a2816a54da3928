package com.forecourt.photo.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The EXIF orientation of a photo (1 to 8, TIFF's Orientation tag): how a camera that stored the pixels sideways or
 * mirrored says to turn them upright. Phones store most portrait photos sideways with orientation 6. Browsers apply
 * it to a file that carries it; the renditions carry no metadata, so their pixels are turned upright here.
 */
final class Orientation {

    /** Upright as stored. */
    static final int NORMAL = 1;

    private Orientation() {
    }

    /**
     * The orientation the file's EXIF metadata gives, or {@link #NORMAL} when it has none, an unknown value or
     * metadata that cannot be read: metadata is not the photo, and a damaged block must not refuse a good image.
     */
    static int of(byte[] file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file), file.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return NORMAL;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : NORMAL;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return NORMAL;
        }
    }

    /** Whether the orientation swaps width and height (a quarter turn). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The image turned upright. For each upright pixel (x, y) the stored pixel is, with the stored image w × h:
     * 2 (w-1-x, y), 3 (w-1-x, h-1-y), 4 (x, h-1-y), 5 (y, x), 6 (y, h-1-x), 7 (w-1-y, h-1-x), 8 (w-1-y, x).
     */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation == NORMAL) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        int[] source = stored.getRGB(0, 0, w, h, null, 0, w);
        boolean swap = swapsSides(orientation);
        int uprightWidth = swap ? h : w;
        int uprightHeight = swap ? w : h;
        int[] target = new int[source.length];
        for (int y = 0; y < uprightHeight; y++) {
            for (int x = 0; x < uprightWidth; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    case 8 -> { sx = w - 1 - y; sy = x; }
                    default -> throw new IllegalArgumentException("EXIF orientation is 1 to 8");
                }
                target[y * uprightWidth + x] = source[sy * w + sx];
            }
        }
        BufferedImage upright = new BufferedImage(uprightWidth, uprightHeight, BufferedImage.TYPE_INT_RGB);
        upright.setRGB(0, 0, uprightWidth, uprightHeight, target, 0, uprightWidth);
        return upright;
    }
}
