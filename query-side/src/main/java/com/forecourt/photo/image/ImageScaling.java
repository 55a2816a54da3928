package com.forecourt.photo.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Plain RGB copies and downscaling that stays smooth (halving steps, each bilinear), with the JDK's Java 2D. */
final class ImageScaling {

    private ImageScaling() {
    }

    /**
     * The image as 8-bit RGB without transparency: a transparent pixel (PNG, WebP) shows the white a page would,
     * and indexed, grey, 16-bit and CMYK images become the one type JPEG encoding takes.
     */
    static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * The image scaled down to exactly {@code width} × {@code height} (never up), halving at most per step: one
     * bilinear step over a large factor would skip pixels and alias, as a single nearest or bilinear step does.
     */
    static BufferedImage downscale(BufferedImage image, int width, int height) {
        if (width > image.getWidth() || height > image.getHeight() || width < 1 || height < 1) {
            throw new IllegalArgumentException("downscale only: " + image.getWidth() + "x" + image.getHeight()
                    + " to " + width + "x" + height);
        }
        BufferedImage current = rgb(image);
        int w = current.getWidth();
        int h = current.getHeight();
        while (w != width || h != height) {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            BufferedImage step = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = step.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = step;
        }
        return current;
    }

    /** The size that fits {@code width} × {@code height} into a square of {@code box} pixels, keeping the ratio. */
    static int[] fit(int width, int height, int box) {
        if (width <= box && height <= box) {
            return new int[]{width, height};
        }
        if (width >= height) {
            return new int[]{box, Math.max(1, (int) Math.round((double) height * box / width))};
        }
        return new int[]{Math.max(1, (int) Math.round((double) width * box / height)), box};
    }
}
