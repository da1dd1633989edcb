package io.shipgate.gateway.carrier;

import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.testkit.CarrierTemplateContract;

/** The adapter template's promises, over every carrier the gateway ships with (not the tests' own doubles). */
class CarrierTemplateTest extends CarrierTemplateContract {

    @Override
    protected boolean covers(CarrierAdapter adapter) {
        return !adapter.getClass().getPackageName().startsWith("io.shipgate.gateway");
    }
}
