package io.shipgate.carrier.fedex.shipment;

import io.shipgate.carrier.fedex.FedExClient;
import io.shipgate.carrier.fedex.FedExSettings;
import io.shipgate.carrier.model.CustomsDeclaration;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierContext;

import java.util.List;

/**
 * The first step of a paperless (Electronic Trade Documents) shipment: each document the merchant
 * supplied with a paperless customs declaration is uploaded, one call each, before the shipment
 * that references them. Nothing is uploaded for a declaration that is not paperless or has no
 * documents (FedEx then generates the commercial invoice and submits it electronically).
 */
public final class FedExEtdUploads {

    private FedExEtdUploads() {
    }

    public static List<EtdDocument> upload(FedExClient client, CarrierContext ctx, FedExSettings settings, CustomsDeclaration customs,
                                           String originCountry, String destinationCountry) {
        if (customs == null || !customs.paperless() || originCountry.equals(destinationCountry)) {
            return List.of();
        }
        return customs.documents().stream().map((TradeDocument document) -> FedExEtdMapper.parse(
                client.uploadDocument(ctx, settings, FedExEtdMapper.request(document, originCountry, destinationCountry)), document)).toList();
    }
}
