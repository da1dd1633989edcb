package io.shipgate.carrier.sandbox;

import io.shipgate.carrier.testkit.CarrierTemplateContract;

/** The adapter template's promises (docs/carriers.md, "The adapter template"), checked on this module's adapter. */
class SandboxTemplateTest extends CarrierTemplateContract {
}
