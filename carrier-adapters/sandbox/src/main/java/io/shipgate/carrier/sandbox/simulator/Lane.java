package io.shipgate.carrier.sandbox.simulator;

/** From where to where a parcel goes. */
record Lane(Party origin, Party destination) {

    boolean domestic() {
        return origin.country().equals(destination.country());
    }

    /** The price zone: 1 to 8 within a country, 9 to the same continent, 10 beyond. */
    int zone() {
        return Geography.zone(origin, destination);
    }
}
