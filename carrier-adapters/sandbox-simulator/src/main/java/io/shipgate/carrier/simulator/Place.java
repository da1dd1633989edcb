package io.shipgate.carrier.simulator;

import java.time.ZoneId;

/** Where a tracking event happens: a city (never a street) and its time zone. */
record Place(String city, String state, String postalCode, String country, ZoneId zone) {

    static Place of(Party party) {
        return new Place(party.city(), party.state(), party.postalCode(), party.country(),
                Geography.timeZone(party.country(), party.state()));
    }
}
