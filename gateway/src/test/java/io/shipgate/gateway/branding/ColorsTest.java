package io.shipgate.gateway.branding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColorsTest {

    @Test
    void textOnABrandColourIsWhicheverOfBlackAndWhiteContrastsMore() {
        assertThat(Colors.readableOn("#14213d")).isEqualTo("#ffffff");
        assertThat(Colors.readableOn("#ffd60a")).isEqualTo("#000000");
        assertThat(Colors.readableOn("#777777")).isEqualTo("#000000");
        assertThat(Colors.valid("#0b5cad")).isTrue();
        assertThat(Colors.valid("red")).isFalse();
        assertThat(Colors.valid("#0b5cad;}")).isFalse();
    }

    @Test
    void logosAreKnownByTheirFirstBytes() {
        assertThat(BrandingService.imageType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})).isEqualTo("image/png");
        assertThat(BrandingService.imageType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).isEqualTo("image/jpeg");
        assertThat(BrandingService.imageType("<svg onload=alert(1)>".getBytes())).isNull();
    }
}
