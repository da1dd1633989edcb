package io.shipgate.carrier.ups;

import io.shipgate.carrier.testkit.CarrierTemplateContract;

/** The adapter template's promises (issue 15), checked on UPS. */
class UpsTemplateTest extends CarrierTemplateContract {
}
