package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.testkit.CarrierTemplateContract;

/** The adapter template's promises (issue 15), checked on DHL Express. */
class DhlTemplateTest extends CarrierTemplateContract {
}
