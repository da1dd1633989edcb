/**
 * What the routes need from the application around them, as interfaces the gateway implements, one
 * per aggregate: carrier accounts ({@link io.shipgate.routes.port.CarrierAccountDirectory}), shipments
 * ({@link io.shipgate.routes.port.Shipments}), tracking timelines ({@link io.shipgate.routes.port.TrackingTimeline}),
 * idempotency keys ({@link io.shipgate.routes.port.IdempotencyKeys}) and purchase intents
 * ({@link io.shipgate.routes.port.PurchaseIntents}). They carry domain types only: no HTTP status or
 * rendered answer, and no {@link io.shipgate.routes.carrier.CarrierConnection} (an account is named by
 * its id and carrier code). Routes orchestrate; these ports persist.
 */
package io.shipgate.routes.port;
