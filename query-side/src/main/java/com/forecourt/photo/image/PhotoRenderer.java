package com.forecourt.photo.image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Makes the two files Forecourt keeps of an upload (ADR 16): the photo (upright, fitted into a square of
 * {@code displaySize} pixels, never enlarged) and its thumbnail ({@code thumbnailWidth} across), both JPEG without the
 * upload's metadata, so no camera serial or GPS position is published and every served byte is one this code
 * encoded. The same upload always gives the same files, so the same ids: a repeated upload is recognised.
 *
 * <p>The upload's type comes from its signature ({@link PhotoType}), its size from the decoder's header before any
 * pixel is decoded ({@code maxPixels} bounds the work a small file can ask for), and it is accepted once decoded whole.
 * A large image is decoded with subsampling, at 1 to 2 times the display size, so memory stays bounded (about
 * 64 MB for the largest decode) whatever the resolution. Decoders: the JDK's for PNG; TwelveMonkeys ImageIO for JPEG
 * (which also reads CMYK and YCCK files the JDK's reader refuses) and WebP. Instances are thread-safe.
 *
 * @see Orientation
 */
public final class PhotoRenderer {

    /**
     * @param maxPixels        the most pixels (width × height) an upload may have
     * @param displaySize      the longest side of the photo rendition, in pixels
     * @param thumbnailWidth   the width of the thumbnail; also the least width, and half of it the least height, of
     *                         an upload
     * @param photoQuality     JPEG quality of the photo, 0 to 1
     * @param thumbnailQuality JPEG quality of the thumbnail, 0 to 1
     */
    public record Settings(long maxPixels, int displaySize, int thumbnailWidth, float photoQuality,
                           float thumbnailQuality) {
    }

    private static final String JPEG_TYPE = "image/jpeg";

    private final Settings settings;
    private final Map<PhotoType, String> decoders = new EnumMap<>(PhotoType.class);

    public PhotoRenderer(Settings settings) {
        this.settings = settings;
        // plug-ins on the class path (TwelveMonkeys) are registered with the class loader that sees them, whichever
        // thread touched ImageIO first; each type must have a decoder, or the application must not start
        ImageIO.scanForPlugins();
        for (PhotoType type : PhotoType.values()) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName());
            if (!readers.hasNext()) {
                throw new IllegalStateException("No ImageIO decoder for " + type + " on the class path");
            }
            ImageReader reader = readers.next();
            decoders.put(type, reader.getClass().getName());
            reader.dispose();
        }
        if (!ImageIO.getImageWritersByFormatName("jpeg").hasNext()) {
            throw new IllegalStateException("No ImageIO JPEG encoder");
        }
    }

    /** Which decoder class reads each type, for the start-up log. */
    public Map<PhotoType, String> decoders() {
        return Map.copyOf(decoders);
    }

    /**
     * The photo and thumbnail of an upload.
     *
     * @throws PhotoRefusedException UNSUPPORTED_PHOTO_TYPE (415) when the bytes are no JPEG, PNG or WebP,
     *                               PHOTO_TOO_LARGE (413) beyond {@code maxPixels}, PHOTO_TOO_SMALL (422) below the
     *                               thumbnail's size, UNREADABLE_PHOTO (422) when the decoder fails
     */
    public RenderedPhoto render(byte[] upload) {
        PhotoType type = PhotoType.sniff(upload).orElseThrow(() -> new PhotoRefusedException(
                PhotoErrorCodes.UNSUPPORTED_PHOTO_TYPE, 415, "The file is not a JPEG, PNG or WebP image: its content "
                + "decides, not its name or declared type"));
        int orientation = Orientation.of(upload);
        BufferedImage decoded = decode(type, upload, orientation);
        BufferedImage upright = Orientation.upright(decoded, orientation);

        EncodedImage photo = jpeg(upright, settings.photoQuality(), true);
        int thumbnailHeight = Math.max(1, (int) Math.round(
                (double) upright.getHeight() * settings.thumbnailWidth() / upright.getWidth()));
        BufferedImage small = ImageScaling.downscale(upright, settings.thumbnailWidth(), thumbnailHeight);
        EncodedImage thumbnail = jpeg(small, settings.thumbnailQuality(), false);
        return new RenderedPhoto(photo, thumbnail);
    }

    /** The image at the display size, stored sides (not yet upright), after the size checks. */
    private BufferedImage decode(PhotoType type, byte[] upload, int orientation) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(type.formatName()).next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSize(Orientation.swapsSides(orientation) ? height : width,
                    Orientation.swapsSides(orientation) ? width : height);
            int longest = Math.max(width, height);
            int subsampling = Math.max(1, (int) Math.ceil(longest / (2.0 * settings.displaySize())));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            BufferedImage image = reader.read(0, param);
            int[] size = ImageScaling.fit(image.getWidth(), image.getHeight(), settings.displaySize());
            return ImageScaling.downscale(image, size[0], size[1]);
        } catch (PhotoRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            // a decoder's failure is the file's fault: it starts like the type but is not one (truncated, damaged)
            throw new PhotoRefusedException(PhotoErrorCodes.UNREADABLE_PHOTO, 422,
                    "The file starts like a " + type + " image but cannot be decoded as one");
        } finally {
            reader.dispose();
        }
    }

    private void checkSize(int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > settings.maxPixels()) {
            throw new PhotoRefusedException(PhotoErrorCodes.PHOTO_TOO_LARGE, 413, "A photo may have at most "
                    + settings.maxPixels() + " pixels (width times height)");
        }
        int leastHeight = settings.thumbnailWidth() / 2;
        if (width < settings.thumbnailWidth() || height < leastHeight) {
            throw new PhotoRefusedException(PhotoErrorCodes.PHOTO_TOO_SMALL, 422, "A photo must be at least "
                    + settings.thumbnailWidth() + " pixels wide and " + leastHeight + " pixels high, upright");
        }
    }

    private static EncodedImage jpeg(BufferedImage image, float quality, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            writer.setOutput(out);
            writer.write(null, new IIOImage(ImageScaling.rgb(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return EncodedImage.of(bytes.toByteArray(), JPEG_TYPE, image.getWidth(), image.getHeight());
    }
}
