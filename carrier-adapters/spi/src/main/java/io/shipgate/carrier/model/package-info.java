/**
 * The universal shipping model: the values every carrier adapter reads and writes, and the
 * gateway's REST API exposes (in snake_case). Units and currencies are explicit in the types;
 * adapters convert at the edge. Bean Validation annotations declare what a well-formed request
 * is; {@link io.shipgate.carrier.model.Validation.Purchase} marks what buying a label needs
 * beyond a rate quote (full addresses). {@link io.shipgate.carrier.model.Limits} bounds every
 * number and count ({@link io.shipgate.carrier.model.WithinLimits}), codes are ISO codes
 * ({@link io.shipgate.carrier.model.CountryCode}, {@link io.shipgate.carrier.model.CurrencyCode}),
 * and text follows {@link io.shipgate.carrier.model.PrintableText}.
 */
package io.shipgate.carrier.model;
