package io.shipgate.carrier.spi;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.carrier.model.NdrAction;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a carrier adapter can do: its operations and the features within them.
 *
 * @param operations    the SPI operations it implements; any other answers 422 at the gateway
 * @param labelFormats  the label formats the carrier issues
 * @param ndrActions    the NDR actions it supports when it has {@link Capability#NDR_ACTION}
 * @param cashOnDelivery whether it collects COD
 * @param international whether it ships across borders (with customs declarations)
 * @param multiPiece    whether one shipment can hold several parcels
 * @param parcelLimits  the largest piece it takes, as it publishes them ({@link ParcelLimits#NONE}: not published)
 */
public record CarrierCapabilities(Set<Capability> operations, Set<LabelFormat> labelFormats, Set<NdrAction> ndrActions,
                                  boolean cashOnDelivery, boolean international, boolean multiPiece, ParcelLimits parcelLimits) {

    public CarrierCapabilities {
        operations = operations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(operations));
        labelFormats = Set.copyOf(labelFormats);
        ndrActions = Set.copyOf(ndrActions);
        parcelLimits = parcelLimits == null ? ParcelLimits.NONE : parcelLimits;
    }

    /** A carrier that publishes no parcel limits. */
    public CarrierCapabilities(Set<Capability> operations, Set<LabelFormat> labelFormats, Set<NdrAction> ndrActions,
                               boolean cashOnDelivery, boolean international, boolean multiPiece) {
        this(operations, labelFormats, ndrActions, cashOnDelivery, international, multiPiece, ParcelLimits.NONE);
    }

    public boolean supports(Capability capability) {
        return operations.contains(capability);
    }
}
