/**
 * The public, no-login pages of issue 19, served by the gateway in the tenant's branding and the customer's language:
 * the tracking page ({@code /t/{slug}/{awb}}) and its lookup form ({@code /t/{slug}}), the NDR self-service page
 * reached by a signed one-use link ({@code /t/{slug}/ndr/{token}}), and the returns page ({@code /r/{slug}}).
 * They read and act through the modules' public services only. docs/pages.md.
 */
@ApplicationModule(displayName = "Public pages",
        allowedDependencies = {"platform", "tenant", "branding", "shipment", "tracking", "ndr", "returns"})
package io.shipgate.gateway.pages;

import org.springframework.modulith.ApplicationModule;
