package io.shipgate.gateway.serviceability;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the recipient pays: already paid, or cash on delivery. */
@Schema(description = "PREPAID: the order is paid; COD: the carrier collects cod_amount on delivery.")
public enum PaymentMode {
    PREPAID, COD
}
