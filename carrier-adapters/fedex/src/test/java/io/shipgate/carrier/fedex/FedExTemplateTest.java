package io.shipgate.carrier.fedex;

import io.shipgate.carrier.testkit.CarrierTemplateContract;

/** The issue 15 template, checked on the FedEx adapter by the spi test kit. */
class FedExTemplateTest extends CarrierTemplateContract {
}
