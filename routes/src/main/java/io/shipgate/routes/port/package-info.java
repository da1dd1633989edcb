/**
 * What the routes need from the application around them, as interfaces the gateway implements:
 * carrier accounts, idempotency keys and the shipment ledger (PostgreSQL). Routes orchestrate;
 * these ports persist.
 */
package io.shipgate.routes.port;
