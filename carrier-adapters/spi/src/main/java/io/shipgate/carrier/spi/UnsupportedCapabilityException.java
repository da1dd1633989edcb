package io.shipgate.carrier.spi;

/** An operation was called that the carrier's adapter does not declare. The gateway answers 422. */
public class UnsupportedCapabilityException extends RuntimeException {

    private final String carrier;
    private final Capability capability;

    public UnsupportedCapabilityException(String carrier, Capability capability) {
        super("carrier '" + carrier + "' does not support " + capability);
        this.carrier = carrier;
        this.capability = capability;
    }

    public String carrier() {
        return carrier;
    }

    public Capability capability() {
        return capability;
    }
}
