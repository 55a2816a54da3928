package com.forecourt.photo.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoTypeTest {

    @Test
    void canRecogniseAJpegByItsStartMarker() {
        assertThat(PhotoType.sniff(TestImages.jpeg(320, 240))).contains(PhotoType.JPEG);
    }

    @Test
    void canRecogniseAPngByItsSignature() {
        assertThat(PhotoType.sniff(TestImages.png(320, 240))).contains(PhotoType.PNG);
    }

    @Test
    void canRecogniseAWebpByItsRiffForm() {
        assertThat(PhotoType.sniff(TestImages.webp())).contains(PhotoType.WEBP);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "474946383961",                     // GIF89a
            "255044462d312e37",                 // %PDF-1.7
            "000000186674797068656963",         // an ISO box "ftypheic": HEIC
            "52494646240000005741564566",       // RIFF....WAVE: a RIFF that is not WebP
            "ffd8",                             // a JPEG start marker cut short
            "89504e470d0a1a",                   // a PNG signature cut short
            "3c73766720786d6c6e733d",           // <svg xmlns=
            ""})
    void cannotRecogniseAnythingElse(String hex) {
        assertThat(PhotoType.sniff(HexFormat.of().parseHex(hex))).isEmpty();
    }

    @Test
    void cannotRecogniseTextThatMentionsJpeg() {
        assertThat(PhotoType.sniff("JFIF image/jpeg photo.jpg".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}
