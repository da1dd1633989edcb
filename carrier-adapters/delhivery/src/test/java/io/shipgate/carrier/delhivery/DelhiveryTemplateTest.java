package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.testkit.CarrierTemplateContract;

/** The template's promises (capabilities, names, folders, no JSON trees, status tables), checked over the Delhivery adapter. */
class DelhiveryTemplateTest extends CarrierTemplateContract {
}
